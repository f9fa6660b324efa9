/** HTTP-level protection shared by both web modules: security headers on every response. */
package un.vra.claims.web.http;
