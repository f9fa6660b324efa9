/**
 * Accounts, roles, passwords (hashing, policy, changes), the second factor (TOTP and recovery codes), personal API
 * tokens, the sign-in checks and their throttle, and the signed-in caller.
 */
package un.vra.claims.account;
