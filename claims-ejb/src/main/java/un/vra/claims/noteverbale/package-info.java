/** Notes verbales: the Secretariat's notes to a State's Permanent Mission on a claim, numbered and kept as its documents. */
package un.vra.claims.noteverbale;
