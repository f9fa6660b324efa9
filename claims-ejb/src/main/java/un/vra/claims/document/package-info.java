/** Documents on a claim (laboratory reports, notes verbales): checked by content, bytes apart, never changed. */
package un.vra.claims.document;
