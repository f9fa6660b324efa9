/** Back-office pages of the Victims' Rights Advocate office: one small view-scoped bean per page. */
package un.vra.claims.backoffice;
