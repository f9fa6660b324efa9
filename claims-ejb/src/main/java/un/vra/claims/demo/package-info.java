/** Demo accounts and demo claims for the embedded default, and the initial administrator of a production start. */
package un.vra.claims.demo;
