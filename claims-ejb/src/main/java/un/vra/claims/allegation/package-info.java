/** SEA allegations as records (issue 16): created or linked when a claim naming one is written. */
package un.vra.claims.allegation;
