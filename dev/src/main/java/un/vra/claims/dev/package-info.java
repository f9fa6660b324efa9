/** Development and test support, never packaged: the embedded MariaDB, the run command and the test database. */
package un.vra.claims.dev;
