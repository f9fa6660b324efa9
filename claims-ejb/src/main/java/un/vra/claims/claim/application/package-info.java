/** Application services for claims: the transaction boundary that the REST API and the pages call. */
package un.vra.claims.claim.application;
