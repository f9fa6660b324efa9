/**
 * The figures the public may read: per year received and per State (or mission), with small counts suppressed
 * so that nobody can be identified, frozen when published and shown beside today's recomputation of the same day.
 */
package un.vra.claims.transparency;
