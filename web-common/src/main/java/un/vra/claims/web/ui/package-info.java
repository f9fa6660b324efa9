/** Page support shared by the back office and the portal: sign-in and sign-out, the claim list, the claim file. */
package un.vra.claims.web.ui;
