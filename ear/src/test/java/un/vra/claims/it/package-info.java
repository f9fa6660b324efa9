/** Integration tests: the real EAR on a managed Payara Server against a real MariaDB, over HTTP and in Chromium. */
package un.vra.claims.it;
