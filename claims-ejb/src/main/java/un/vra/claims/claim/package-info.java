/** The claim aggregate: its lifecycle, its timeline and its repository. */
package un.vra.claims.claim;
