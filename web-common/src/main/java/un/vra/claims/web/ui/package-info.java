/**
 * Page support shared by the back office and the portal: sign-in and sign-out pages, the lazy claim list, the
 * claim file, and figures and charts of the measures (a State's aging and responsiveness among them).
 */
package un.vra.claims.web.ui;
