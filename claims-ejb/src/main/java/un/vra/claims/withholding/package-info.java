/** Reimbursements withheld from a State while its claims are pending (para 55), their release or payment, the ledger. */
package un.vra.claims.withholding;
