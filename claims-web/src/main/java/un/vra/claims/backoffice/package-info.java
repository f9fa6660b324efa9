/** Back-office pages of the Victims' Rights Advocate office and the task force: one small view-scoped bean per page. */
package un.vra.claims.backoffice;
