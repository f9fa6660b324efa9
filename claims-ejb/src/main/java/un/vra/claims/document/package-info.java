/** Documents attached to a claim (laboratory reports, notes verbales): checked by content, stored apart from their metadata, never changed. */
package un.vra.claims.document;
