/** The task force's money report: support arranged, due, paid and in arrears, summed by the database, and its exports. */
package un.vra.claims.moneyreport;
