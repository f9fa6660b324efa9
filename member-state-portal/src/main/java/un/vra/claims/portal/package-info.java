/** Pages of the Member State portal, for paternity focal points: one small view-scoped bean per page. */
package un.vra.claims.portal;
