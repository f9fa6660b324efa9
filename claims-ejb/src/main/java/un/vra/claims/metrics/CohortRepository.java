package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The cohorts of claims by year received, their months to resolution counted by the database: only one row per
 * cohort and month leaves it (the claims resolved in that month after receipt, and those last seen unresolved in
 * it), never a claim. A claim is resolved on the day its paternity was established or excluded; one still
 * unresolved is followed up to the as-of day, or to its closure when it was closed without paternity determined.
 */
@ApplicationScoped
public class CohortRepository {

    private static final String RESOLVED = "c.paternity_outcome IN ('" + PaternityOutcome.ESTABLISHED.name() + "', '"
            + PaternityOutcome.EXCLUDED.name() + "') AND c.paternity_determined_on IS NOT NULL"
            + " AND c.paternity_determined_on <= ?1";

    /** The cohorts asked for: the years received, from and to, and a claim type and host country (null: any). */
    record Years(int from, int to, String claimType, String hostCountry) {}

    @PersistenceContext
    private EntityManager em;

    /**
     * The cohorts of the years {@code from} to {@code to} received, grouped by {@code by} besides the year, a page of
     * the group's values at a time in their order (by {@link MetricsDimension#YEAR}: a page of years).
     */
    PageResult<Cohort> cohorts(LocalDate asOf, MetricsDimension by, Years years, PageRequest page) {
        NativeSql keys = new NativeSql(asOf);
        String key = MeasureSql.dimension(by, "c");
        keys.append("SELECT k, COUNT(*) OVER () FROM (SELECT DISTINCT ")
                .append(key)
                .append(" AS k FROM claim c WHERE ")
                .append(received(keys, years))
                .append(") keyed ORDER BY k IS NULL, k LIMIT ")
                .append(page.size())
                .append(" OFFSET ")
                .append(page.offset());
        List<Object[]> rows = keys.rows(em);
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row[0] == null ? null : row[0].toString()));
        if (values.isEmpty()) {
            return new PageResult<>(
                    page.offset() == 0 ? 0 : count(asOf, key, years), page.page(), page.size(), List.of());
        }
        long total = ((Number) rows.get(0)[1]).longValue();
        NativeSql sql = new NativeSql(asOf);
        String end = "CASE WHEN " + RESOLVED + " THEN c.paternity_determined_on WHEN c.status = '"
                + ClaimStatus.CLOSED.name() + "' AND c.closed_on <= ?1 THEN c.closed_on ELSE ?1 END";
        sql.append("SELECT ")
                .append(key)
                .append(" AS k, YEAR(c.received_on) AS y, GREATEST(0, TIMESTAMPDIFF(MONTH, c.received_on, ")
                .append(end)
                .append(")) AS m, SUM(CASE WHEN ")
                .append(RESOLVED)
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN ")
                .append(RESOLVED)
                .append(" THEN 0 ELSE 1 END) FROM claim c WHERE ")
                .append(received(sql, years));
        String listed =
                values.stream().filter(Objects::nonNull).map(sql::parameter).collect(Collectors.joining(", "));
        sql.append(" AND (")
                .append(listed.isEmpty() ? "FALSE" : key + " IN (" + listed + ")")
                .append(values.contains(null) ? " OR " + key + " IS NULL" : "")
                .append(")");
        sql.append(" GROUP BY k, y, m ORDER BY k IS NULL, k, y, m");
        List<Cohort> cohorts = new ArrayList<>();
        String currentKey = null;
        int currentYear = -1;
        TimeToResolution estimate = null;
        for (Object[] row : sql.rows(em)) {
            String rowKey = row[0] == null ? null : row[0].toString();
            int year = ((Number) row[1]).intValue();
            if (estimate == null || year != currentYear || !Objects.equals(rowKey, currentKey)) {
                if (estimate != null) {
                    cohorts.add(Cohort.of(currentKey, currentYear, estimate));
                }
                estimate = new TimeToResolution();
                currentKey = rowKey;
                currentYear = year;
            }
            estimate.add(((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
        }
        if (estimate != null) {
            cohorts.add(Cohort.of(currentKey, currentYear, estimate));
        }
        return new PageResult<>(total, page.page(), page.size(), cohorts);
    }

    private long count(LocalDate asOf, String key, Years years) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT COUNT(DISTINCT ")
                .append(key)
                .append(") + MAX(CASE WHEN ")
                .append(key)
                .append(" IS NULL THEN 1 ELSE 0 END) FROM claim c WHERE ")
                .append(received(sql, years));
        Object value = sql.single(em);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * SQL: the claim {@code c} was received in the years asked and by the as-of day (parameter 1), and is of the
     * claim type and host country asked, where asked.
     */
    private static String received(NativeSql sql, Years years) {
        String received = "c.received_on >= " + sql.day(LocalDate.of(years.from(), 1, 1)) + " AND c.received_on < "
                + sql.day(LocalDate.of(years.to() + 1, 1, 1)) + " AND c.received_on <= ?1";
        if (years.claimType() != null) {
            received += " AND c.claim_type = " + sql.parameter(years.claimType());
        }
        if (years.hostCountry() != null) {
            received += " AND " + MeasureSql.hostCountry("c.mission") + " = " + sql.parameter(years.hostCountry());
        }
        return received;
    }
}
