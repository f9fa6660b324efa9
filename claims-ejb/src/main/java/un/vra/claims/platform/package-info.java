/** Start-up and operations: schema migrations and the readiness check. */
package un.vra.claims.platform;
