/**
 * Measures over the register as it stood on any date: resolution, pending claims, aging and State responsiveness;
 * and the metrics query layer ({@link un.vra.claims.metrics.MeasureSql}, {@link un.vra.claims.metrics.NativeSql},
 * {@link un.vra.claims.metrics.ClaimQueries}), the one place that turns the domain's definitions into SQL.
 */
package un.vra.claims.metrics;
