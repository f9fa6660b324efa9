/** Accounts, roles, password hashing and the signed-in caller. */
package un.vra.claims.account;
