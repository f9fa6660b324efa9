/** Measures over the register as it stood on any date: resolution, pending claims, aging and State responsiveness. */
package un.vra.claims.metrics;
