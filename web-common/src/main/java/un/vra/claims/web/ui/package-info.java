/** Page support shared by the back office and the portal: sign-in and sign-out pages, the lazy claim list. */
package un.vra.claims.web.ui;
