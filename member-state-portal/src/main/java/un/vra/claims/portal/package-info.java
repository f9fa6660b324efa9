/** The Member State portal's pages: the landing page's pending claims and the inbox. */
package un.vra.claims.portal;
