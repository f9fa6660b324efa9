/** The audit trail: reads of personal data and security events (sign-ins, refusals), append-only, for auditors. */
package un.vra.claims.audit;
