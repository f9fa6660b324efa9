package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimStatePeriod;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Route;

/**
 * The maintained measures (table {@code claim_measure}, V81): the changes of each group's count by day, by month,
 * and its count before each year, per breakdown. {@link MeasureMaintenance} writes them with each state period;
 * this repository reads a group's count as of a day from them, rebuilds them from the periods, and finds where
 * they drift from the periods.
 */
@ApplicationScoped
public class MeasureRepository {

    /** One difference between the stored rows and the rows the periods give; {@code kind} D, M or Y. */
    public record Drift(
            String dimension,
            String kind,
            LocalDate start,
            String key,
            String route,
            String status,
            String outcome,
            int band,
            long stored,
            long expected,
            long storedChildren,
            long expectedChildren) {}

    /** How far the stored rows are from the periods: rows that differ per kind, and the first of them. */
    public record DriftReport(long dayRows, long monthRows, long yearRows, List<Drift> first) {}

    private static final String COLUMNS =
            "dimension, period_kind, period_start, dim_key, route, status, paternity_outcome, age_band";
    private static final String GROUP = "dim_key, route, status, paternity_outcome, age_band";
    private static final String COUNTS = "claims, children";

    /**
     * SQL that turns each change of the derived table {@code changes}, named {@code alias} (its {@code day}), into its
     * day row, its month row and the year row of every later year of {@code claim_measure_year}: the select list is
     * {@code period_kind, period_start}, then {@code columns}.
     */
    static String intoRows(String changes, String alias, String columns) {
        return "SELECT k.kind, CASE k.kind WHEN 'D' THEN " + alias + ".day WHEN 'M' THEN " + monthOf(alias + ".day")
                + " ELSE MAKEDATE(y.year_start, 1) END AS period_start, " + columns + " FROM (" + changes + ") "
                + alias + " CROSS JOIN (SELECT 'D' AS kind UNION ALL SELECT 'M' UNION ALL SELECT 'Y') k"
                + " LEFT JOIN claim_measure_year y ON k.kind = 'Y' AND y.year_start > YEAR(" + alias + ".day)"
                + " WHERE k.kind <> 'Y' OR y.year_start IS NOT NULL";
    }

    /** The end of an insert that adds its rows' counts to those already stored. */
    static final String ADDED = " ON DUPLICATE KEY UPDATE claims = claim_measure.claims + VALUES(claims),"
            + " children = claim_measure.children + VALUES(children)";

    /** A group's rows that change nothing are not kept; {@code %s} the rows' alias with its dot. */
    private static final String NOT_NONE = "SUM(%sclaims) <> 0 OR SUM(%schildren) <> 0";

    /**
     * Marks anew every child whose fingerprint another child has too, and only those ({@code claim_child.shared},
     * V103), from the fingerprints' index.
     */
    private static final String SHARED_CHILDREN = "UPDATE claim_child c LEFT JOIN (SELECT fingerprint FROM claim_child"
            + " WHERE fingerprint IS NOT NULL GROUP BY fingerprint HAVING COUNT(*) > 1) s ON s.fingerprint = c.fingerprint"
            + " SET c.shared = (s.fingerprint IS NOT NULL)";

    /** The stored counts of a row, as a drift check's union compares them with the expected ones. */
    private static final String STORED =
            "claims AS stored, 0 AS expected, children AS stored_children, 0 AS expected_children";

    private static final String NOT_STORED = "host countries have no rows of their own: their missions' are read";

    /** The first year with a year row at least: claims received since then read a few rows on any day. */
    static final int FIRST_YEAR = 1990;

    /** A rebuild's and a drift check's statements read every period: up to the bean's transaction timeout. */
    private static final int LONG_STATEMENT_MILLIS = 1_800_000;

    /**
     * How long a rebuild's or a drift check's connection waits for an answer: twice its statements' timeout, as the
     * pool's socketTimeout is twice the pool's statement timeout, so that it never cuts a statement that may still
     * answer, and still ends the wait on a server that vanished.
     */
    static final int LONG_READ_MILLIS = 2 * LONG_STATEMENT_MILLIS;

    @PersistenceContext
    private EntityManager em;

    /**
     * Does {@code work} in the caller's transaction with its connection's socket timeout raised to
     * {@link #LONG_READ_MILLIS}, and then set back: the runtime pool's (120 s, glassfish-resources.xml) cut a rebuild
     * at 100,000 claims under load, whose statements may each run up to {@link #LONG_STATEMENT_MILLIS}. The
     * connection is the transaction's, the one every statement of {@code work} uses. For a drift check: its reads
     * take no locks, and see the one snapshot of the transaction.
     */
    <T> T withLongReads(Supplier<T> work) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("long reads need the caller's transaction");
        }
        int before = socketTimeout(connection, LONG_READ_MILLIS);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                socketTimeout(connection, before);
            } catch (RuntimeException notRestored) {
                e.addSuppressed(notRestored);
            }
            throw e;
        }
        socketTimeout(connection, before);
        return result;
    }

    /**
     * As {@link #withLongReads}, and with the transaction reading committed rows only ({@code READ COMMITTED}), so
     * that its {@code INSERT ... SELECT} from the periods locks none of them. Under {@code REPEATABLE READ} it took
     * shared locks on the periods it read, and a claim written meanwhile, whose new period waits for the rebuild's
     * deleted years, deadlocked with it (its request answered 500, seen when rebuilds ran in the background during
     * {@code GeneratedHostileInputIT}). Still exact: a period not committed is not counted by the rebuild, and its
     * writer, waiting for the years the rebuild deleted first, adds it to the rows once the rebuild committed.
     * Must be the transaction's first statement.
     */
    <T> T rebuilding(Supplier<T> work) {
        readCommitted(em);
        return withLongReads(work);
    }

    /**
     * Makes the transaction of {@code em} read committed rows without locking them ({@code READ COMMITTED}): its
     * {@code INSERT ... SELECT} locks no row it reads, and a {@code DELETE} keeps no lock on a row it did not delete.
     * Must be the transaction's first statement: the server refuses it once a statement of it ran.
     */
    static void readCommitted(EntityManager em) {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
    }

    /** Sets the connection's socket timeout; the one it had. */
    private static int socketTimeout(Connection connection, int millis) {
        try {
            int before = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, millis);
            return before;
        } catch (SQLException e) {
            throw new PersistenceException("the connection's socket timeout could not be set", e);
        }
    }

    /** A statement that reads every period, exempt from the pool's statement timeout up to the transaction's. */
    private Query longStatement(String sql) {
        return longStatement(em, sql);
    }

    /** A statement of {@code em} that reads every period, exempt from the pool's statement timeout likewise. */
    static Query longStatement(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint("jakarta.persistence.query.timeout", LONG_STATEMENT_MILLIS);
    }

    /** A period's group in a breakdown: its State on the Member State route ('' on the UN's), mission, ... */
    static String key(MetricsDimension by, ClaimStatePeriod period) {
        return switch (by) {
            case MEMBER_STATE ->
                period.route() == Route.MEMBER_STATE && period.memberState() != null ? period.memberState() : "";
            case MISSION -> period.mission();
            case CATEGORY -> period.personnelCategory().name();
            case YEAR -> String.valueOf(period.receivedOn().getYear());
            case HOST_COUNTRY -> throw new IllegalArgumentException(NOT_STORED);
        };
    }

    /** The same key as SQL over the period row {@code alias}. */
    static String key(MetricsDimension by, String alias) {
        return switch (by) {
            case MEMBER_STATE ->
                "IF(" + alias + ".route = '" + Route.MEMBER_STATE.name() + "', COALESCE(" + alias
                        + ".member_state, ''), '')";
            case MISSION -> alias + ".mission";
            case CATEGORY -> alias + ".personnel_category";
            case YEAR -> "CAST(YEAR(" + alias + ".received_on) AS CHAR)";
            case HOST_COUNTRY -> throw new IllegalArgumentException(NOT_STORED);
        };
    }

    /**
     * The groups of claims as of {@code asOf} by {@code by}, optionally of one State on the Member State route, and
     * with {@code notifiedOnly} as that State sees them (by State only: {@link MeasureRows#NOTIFIED}), from the
     * maintained rows; empty when they cannot answer (never rebuilt, or the day is before their first year), and
     * the caller then counts the periods.
     */
    Optional<List<MetricsRepository.Group>> groups(
            LocalDate asOf, String memberState, MetricsDimension by, boolean notifiedOnly) {
        Object year = em.createNativeQuery("SELECT MAX(year_start) FROM claim_measure_year WHERE year_start <= ?1")
                .setParameter(1, asOf.getYear())
                .getSingleResult();
        if (year == null) {
            return Optional.empty();
        }
        LocalDate yearStart = LocalDate.of(((Number) year).intValue(), 1, 1);
        // A host country's figures are its missions' rows, summed: the mission is the key the rows keep.
        String keyed = by == MetricsDimension.HOST_COUNTRY
                ? GROUP.replace("dim_key", MeasureSql.hostCountry("dim_key COLLATE utf8mb4_unicode_ci"))
                : GROUP;
        Query query = em.createNativeQuery("SELECT " + keyed + ", SUM(claims), SUM(children) FROM claim_measure"
                        + " WHERE dimension = ?1 AND ((period_kind = 'Y' AND period_start = ?2)"
                        + " OR (period_kind = 'M' AND period_start >= ?2 AND period_start < ?3)"
                        + " OR (period_kind = 'D' AND period_start >= ?3 AND period_start <= ?4))"
                        + (memberState == null ? "" : " AND dim_key = ?5")
                        + " GROUP BY " + keyed + " HAVING SUM(claims) <> 0")
                .setParameter(1, MeasureRows.code(by, notifiedOnly))
                .setParameter(2, Date.valueOf(yearStart))
                .setParameter(3, Date.valueOf(asOf.withDayOfMonth(1)))
                .setParameter(4, Date.valueOf(asOf));
        if (memberState != null) {
            query.setParameter(5, memberState);
        }
        List<MetricsRepository.Group> groups = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            String key = (String) row[0];
            groups.add(new MetricsRepository.Group(
                    key == null || key.isEmpty() ? null : key,
                    Route.valueOf((String) row[1]),
                    ClaimStatus.valueOf((String) row[2]),
                    PaternityOutcome.valueOf((String) row[3]),
                    AgeBand.values()[((Number) row[4]).intValue()],
                    ((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue()));
        }
        return Optional.of(groups);
    }

    /**
     * Writes every row anew from the state periods, with the years from the first change's to {@code today}'s.
     * Deleting the years first locks them, so that a period written meanwhile waits for the rebuild to commit.
     */
    void rebuild(LocalDate today) {
        em.createNativeQuery("DELETE FROM claim_measure_year").executeUpdate();
        longStatement("DELETE FROM claim_measure").executeUpdate();
        for (MeasureRows rows : MeasureRows.values()) {
            longStatement("INSERT INTO claim_measure (" + COLUMNS + ", " + COUNTS + ") SELECT '" + rows.code()
                            + "', 'D', c.day, " + GROUP + ", SUM(c.claims), SUM(c.children) FROM (" + changes(rows)
                            + ") c GROUP BY c.day, " + GROUP + " HAVING " + NOT_NONE.replace("%s", "c."))
                    .executeUpdate();
        }
        longStatement("INSERT INTO claim_measure (" + COLUMNS + ", " + COUNTS + ") SELECT dimension, 'M', "
                        + monthOf("period_start") + ", " + GROUP + ", SUM(claims), SUM(children) FROM claim_measure"
                        + " WHERE period_kind = 'D' GROUP BY dimension, 2, 3, " + GROUP
                        + " HAVING " + NOT_NONE.replace("%s", ""))
                .executeUpdate();
        Object first = em.createNativeQuery("SELECT MIN(period_start) FROM claim_measure WHERE period_kind = 'M'")
                .getSingleResult();
        int from = Math.min(
                today.getYear(),
                first == null
                        ? FIRST_YEAR
                        : Math.min(FIRST_YEAR, ((Date) first).toLocalDate().getYear()));
        em.createNativeQuery("INSERT INTO claim_measure_year (year_start) VALUES "
                        + IntStream.rangeClosed(from, today.getYear())
                                .mapToObj(String::valueOf)
                                .map(year -> "(" + year + ")")
                                .collect(Collectors.joining(", ")))
                .executeUpdate();
        longStatement("INSERT INTO claim_measure (" + COLUMNS + ", " + COUNTS + ") " + yearRows() + " HAVING "
                        + NOT_NONE.replace("%s", "m."))
                .executeUpdate();
        longStatement(SHARED_CHILDREN).executeUpdate();
    }

    /**
     * The measures of new claims' periods, counted in Java and added by {@code additions} in the caller's transaction
     * (the import's, {@link MeasureMaintenance#deferred}).
     */
    public MeasureAdditions additions() {
        List<Integer> years = em
                .createNativeQuery("SELECT year_start FROM claim_measure_year ORDER BY year_start")
                .getResultList()
                .stream()
                .map(year -> ((Number) year).intValue())
                .toList();
        return new MeasureAdditions(() -> em.unwrap(Connection.class), years);
    }

    /** Runs of consecutive ids a statement names at most: one for an import whose claims no one interleaved. */
    static final int RUNS_PER_STATEMENT = 1000;

    /**
     * {@code ids} as SQL conditions on {@code column}, each naming at most {@code runs} runs of consecutive ids
     * ({@code column BETWEEN first AND last OR ...}); none for no ids.
     */
    static List<String> idRuns(String column, Collection<Long> ids, int runs) {
        long[] sorted =
                ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<String> conditions = new ArrayList<>();
        StringBuilder condition = new StringBuilder();
        int inCondition = 0;
        for (int i = 0; i < sorted.length; ) {
            int last = i;
            while (last + 1 < sorted.length && sorted[last + 1] == sorted[last] + 1) {
                last++;
            }
            condition
                    .append(condition.isEmpty() ? "" : " OR ")
                    .append(column)
                    .append(" BETWEEN ")
                    .append(sorted[i])
                    .append(" AND ")
                    .append(sorted[last]);
            if (++inCondition == runs) {
                conditions.add(condition.toString());
                condition.setLength(0);
                inCondition = 0;
            }
            i = last + 1;
        }
        if (!condition.isEmpty()) {
            conditions.add(condition.toString());
        }
        return conditions;
    }

    /**
     * Where the stored rows differ from the periods: day rows against the changes the periods give, month rows
     * against the sums of the stored day rows, year rows against the sums of the stored month rows.
     */
    DriftReport drift(int limit) {
        StringBuilder expectedDays = new StringBuilder();
        for (MeasureRows rows : MeasureRows.values()) {
            expectedDays
                    .append(expectedDays.isEmpty() ? "" : " UNION ALL ")
                    .append("SELECT '")
                    .append(rows.code())
                    .append("' AS dimension, 'D' AS period_kind, c.day AS period_start, ")
                    .append(GROUP)
                    .append(
                            ", 0 AS stored, c.claims AS expected, 0 AS stored_children, c.children AS expected_children")
                    .append(" FROM (")
                    .append(changes(rows))
                    .append(") c");
        }
        String days = differences("SELECT " + COLUMNS + ", " + STORED
                + " FROM claim_measure WHERE period_kind = 'D' UNION ALL " + expectedDays);
        String months = differences("SELECT " + COLUMNS + ", " + STORED + " FROM claim_measure"
                + " WHERE period_kind = 'M' UNION ALL SELECT dimension, 'M', " + monthOf("period_start") + ", "
                + GROUP + ", 0, claims, 0, children FROM claim_measure WHERE period_kind = 'D'");
        String years = differences("SELECT " + COLUMNS + ", " + STORED + " FROM claim_measure"
                + " WHERE period_kind = 'Y' UNION ALL SELECT " + COLUMNS + ", 0, claims, 0, children FROM ("
                + yearRows() + ") d");
        List<Drift> first = new ArrayList<>();
        for (String differences : List.of(days, months, years)) {
            if (first.size() >= limit) {
                break;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = longStatement(differences + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8")
                    .setMaxResults(limit - first.size())
                    .getResultList();
            for (Object[] row : rows) {
                first.add(new Drift(
                        (String) row[0],
                        (String) row[1],
                        ((Date) row[2]).toLocalDate(),
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        ((Number) row[7]).intValue(),
                        ((Number) row[8]).longValue(),
                        ((Number) row[9]).longValue(),
                        ((Number) row[10]).longValue(),
                        ((Number) row[11]).longValue()));
            }
        }
        return new DriftReport(count(days), count(months), count(years), first);
    }

    /** The stored rows, of every kind. */
    long rows() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM claim_measure")
                        .getSingleResult())
                .longValue();
    }

    private long count(String differences) {
        return ((Number) longStatement("SELECT COUNT(*) FROM (" + differences + ") x")
                        .getSingleResult())
                .longValue();
    }

    /**
     * The rows of {@code union} (stored and expected claims, and children, per row key) whose two sums of claims or
     * of children differ.
     */
    private static String differences(String union) {
        return "SELECT " + COLUMNS + ", SUM(stored), SUM(expected), SUM(stored_children), SUM(expected_children)"
                + " FROM (" + union + ") u GROUP BY " + COLUMNS
                + " HAVING SUM(stored) <> SUM(expected) OR SUM(stored_children) <> SUM(expected_children)";
    }

    /** The count of each group before each year of claim_measure_year, from the stored month rows. */
    private static String yearRows() {
        return "SELECT m.dimension AS dimension, 'Y' AS period_kind, MAKEDATE(y.year_start, 1) AS period_start,"
                + " m.dim_key AS dim_key, m.route AS route, m.status AS status,"
                + " m.paternity_outcome AS paternity_outcome, m.age_band AS age_band, SUM(m.claims) AS claims,"
                + " SUM(m.children) AS children"
                + " FROM claim_measure m"
                + " JOIN claim_measure_year y ON m.period_start < MAKEDATE(y.year_start, 1)"
                + " WHERE m.period_kind = 'M' GROUP BY m.dimension, y.year_start, m.dim_key, m.route, m.status,"
                + " m.paternity_outcome, m.age_band";
    }

    private static String monthOf(String day) {
        return "DATE_SUB(" + day + ", INTERVAL DAYOFMONTH(" + day + ") - 1 DAY)";
    }

    /**
     * The changes every period the rows count makes to its group in them, one row each (day, group, band,
     * claims, and the claims' children), as {@link PeriodChanges#of} gives them: one on the first day, one less on the
     * day it ends, and the moves between age bands of a pending claim on its anniversaries inside the period.
     */
    private static String changes(MeasureRows rows) {
        return changes(rows, "");
    }

    /** As {@link #changes(MeasureRows)}, of the periods that also meet {@code only} (SQL over {@code p}, after AND). */
    private static String changes(MeasureRows rows, String only) {
        String pending = MeasureSql.pending("p");
        String select = "SELECT %s AS day, " + rows.keySql("p")
                + " AS dim_key, p.route, p.status, p.paternity_outcome, %s AS age_band, %s AS claims, %s AS children";
        StringBuilder bands = new StringBuilder();
        StringBuilder anniversaries = new StringBuilder();
        for (int i = 0; i < PeriodChanges.BAND_YEARS.length; i++) {
            int years = PeriodChanges.BAND_YEARS[i];
            bands.append(" + (p.received_on <= DATE_SUB(%1$s, INTERVAL ")
                    .append(years)
                    .append(" YEAR))");
            anniversaries
                    .append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(i)
                    .append(" AS band, ")
                    .append(years)
                    .append(" AS years");
        }
        String band = "IF(" + pending + ", 0" + bands + ", 0)";
        String counts = " AND " + rows.countsSql("p") + only;
        String older = "IF(DATE_SUB(DATE_ADD(p.received_on, INTERVAL b.years YEAR), INTERVAL b.years YEAR)"
                + " < p.received_on, DATE_ADD(DATE_ADD(p.received_on, INTERVAL b.years YEAR), INTERVAL 1 DAY),"
                + " DATE_ADD(p.received_on, INTERVAL b.years YEAR))";
        return String.format(select, "p.valid_from", String.format(band, "p.valid_from"), "1", "p.children")
                + " FROM claim_state_period p WHERE (p.valid_to IS NULL OR p.valid_to > p.valid_from)" + counts
                + " UNION ALL "
                + String.format(
                        select,
                        "p.valid_to",
                        String.format(band, "DATE_SUB(p.valid_to, INTERVAL 1 DAY)"),
                        "-1",
                        "-p.children")
                + " FROM claim_state_period p WHERE p.valid_to > p.valid_from" + counts
                + " UNION ALL "
                + String.format(select, "a.older", "a.band + s.step", "s.claims", "s.claims * a.children")
                        .replace("p.route, p.status, p.paternity_outcome", "a.route, a.status, a.paternity_outcome")
                        .replace(rows.keySql("p") + " AS", "a.dim_key AS")
                + " FROM (SELECT p.valid_from, p.valid_to, " + rows.keySql("p")
                + " AS dim_key, p.route, p.status, p.paternity_outcome, p.children, b.band, " + older
                + " AS older FROM claim_state_period p CROSS JOIN (" + anniversaries + ") b WHERE " + pending + counts
                + ") a CROSS JOIN (SELECT 0 AS step, -1 AS claims UNION ALL SELECT 1, 1) s"
                + " WHERE a.older > a.valid_from AND (a.valid_to IS NULL OR a.older < a.valid_to)";
    }
}
