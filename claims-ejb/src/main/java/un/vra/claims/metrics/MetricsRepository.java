package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Route;

/**
 * Aggregates computed by the database from the claims' state periods: each claim counts once, in the state
 * it was in at the end of the as-of day. Only grouped counts leave the database. They are read from the maintained
 * measures ({@link MeasureRepository}) when the filter is at most a State; any other filter (missions, a category,
 * days received, a State's own view from its notifications) counts the periods.
 */
@ApplicationScoped
public class MetricsRepository {

    /**
     * One group of claims that stood alike on the as-of day; {@code key} is the dimension's value; {@code children}
     * the sum of their children, a child named in two of them counted twice ({@link #sharedChildren}).
     */
    record Group(
            String key,
            Route route,
            ClaimStatus status,
            PaternityOutcome outcome,
            AgeBand band,
            long count,
            long children) {}

    /** The period of each claim that holds the as-of day, which is always parameter 1. */
    static final String AS_OF = "p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to > ?1)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeasureRepository measures;

    List<Group> groups(LocalDate asOf, MetricsFilter filter, MetricsDimension by) {
        if (maintained(filter, by)) {
            Optional<List<Group>> maintained = measures.groups(asOf, filter.memberState(), by, filter.notifiedOnly());
            if (maintained.isPresent()) {
                return maintained.get();
            }
        }
        return counted(asOf, filter, by);
    }

    /**
     * Whether the maintained measures hold the filter's groups by {@code by}: every breakdown of all claims; a State's
     * claims by State; a State's own view (from the notifications) of its claims by State.
     */
    static boolean maintained(MetricsFilter filter, MetricsDimension by) {
        boolean byState = by == MetricsDimension.MEMBER_STATE;
        return (filter.memberState() == null ? !filter.notifiedOnly() : byState)
                && filter.missions().isEmpty()
                && filter.category() == null
                && filter.receivedFrom() == null
                && filter.receivedTo() == null
                && filter.claimType() == null
                && filter.hostCountry() == null;
    }

    /** The groups counted from the state periods themselves. */
    List<Group> counted(LocalDate asOf, MetricsFilter filter, MetricsDimension by) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT ")
                .append(MeasureSql.dimension(by, "p"))
                .append(" AS dimension, p.route, p.status, p.paternity_outcome, ")
                .append(MeasureSql.ageBand(sql, "p", asOf))
                .append(" AS band, COUNT(*), SUM(p.children) FROM claim_state_period p WHERE ")
                .append(AS_OF);
        where(sql, filter);
        sql.append(" GROUP BY dimension, p.route, p.status, p.paternity_outcome, band");
        List<Group> groups = new ArrayList<>();
        for (Object[] row : sql.rows(em)) {
            groups.add(new Group(
                    row[0] == null ? null : row[0].toString(),
                    Route.valueOf((String) row[1]),
                    ClaimStatus.valueOf((String) row[2]),
                    PaternityOutcome.valueOf((String) row[3]),
                    AgeBand.values()[((Number) row[4]).intValue()],
                    ((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue()));
        }
        return groups;
    }

    /**
     * The filter's conditions on the period rows; a State restricts to its claims on the Member State route, and
     * a State's view to those notified by the as-of day. The State's code is repeated on the claims so that the
     * database reads the State's notified claims by their index (0.5 s instead of 3.5 s for 5,000 of 200,000).
     */
    private static void where(NativeSql sql, MetricsFilter filter) {
        String state = filter.memberState() == null ? null : sql.parameter(filter.memberState());
        if (state != null) {
            sql.append(" AND p.member_state = ")
                    .append(state)
                    .append(" AND p.route = '")
                    .append(Route.MEMBER_STATE.name())
                    .append("'");
        }
        if (filter.notifiedOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim n WHERE n.id = p.claim_id")
                    .append(state == null ? "" : " AND n.member_state = " + state)
                    .append(" AND n.notified_on <= ?1)");
        }
        if (!filter.missions().isEmpty()) {
            sql.append(" AND p.mission IN (");
            for (int i = 0; i < filter.missions().size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append(sql.parameter(filter.missions().get(i)));
            }
            sql.append(")");
        }
        if (filter.category() != null) {
            sql.append(" AND p.personnel_category = ").append(sql.parameter(filter.category()));
        }
        if (filter.receivedFrom() != null) {
            sql.append(" AND p.received_on >= ").append(sql.day(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            sql.append(" AND p.received_on <= ").append(sql.day(filter.receivedTo()));
        }
        if (filter.claimType() != null) {
            sql.append(" AND p.claim_type = ").append(sql.parameter(filter.claimType()));
        }
        if (filter.hostCountry() != null) {
            sql.append(" AND p.mission IN (SELECT hm.code FROM mission hm WHERE hm.host_country_code = ")
                    .append(sql.parameter(filter.hostCountry()))
                    .append(")");
        }
    }

    /**
     * The children of the claims that pass the filter on the as-of day, each counted once however many claims name
     * it: by its fingerprint, or once per claim where it has none (a name unknown). By {@code by}'s value, or in one
     * group (key null) without it. Reads every child of those claims: for the drift check, which compares it with
     * the groups' sums less {@link #sharedChildren}.
     */
    Map<String, Long> countedChildren(LocalDate asOf, MetricsFilter filter, MetricsDimension by) {
        return perDimension(
                asOf,
                filter,
                by,
                "COUNT(DISTINCT cc.fingerprint) + SUM(cc.fingerprint IS NULL) FROM claim_state_period p"
                        + " JOIN claim_child cc ON cc.claim_id = p.claim_id WHERE ");
    }

    /**
     * How many more children the groups' sums count than there are children among the claims that pass the filter
     * on the as-of day, each counted once however many claims name it (by its fingerprint; one without a name is
     * counted once per claim): over those named twice or more, their times named less one. By {@code by}'s value,
     * or in one group (key null) without it. Reads only the children whose fingerprint another child has too
     * ({@code claim_child.shared}, V103): a few, whatever the size of the register.
     */
    Map<String, Long> sharedChildren(LocalDate asOf, MetricsFilter filter, MetricsDimension by) {
        return perDimension(
                asOf,
                filter,
                by,
                "COUNT(*) - COUNT(DISTINCT cc.fingerprint) FROM claim_child cc FORCE INDEX (ix_claim_child_shared)"
                        + " STRAIGHT_JOIN claim_state_period p ON p.claim_id = cc.claim_id"
                        + " WHERE cc.shared AND cc.fingerprint IS NOT NULL AND ");
    }

    /**
     * The children of {@code groups} (read with the same as-of day, filter and {@code by}), each counted once: their
     * sums by key (in one, key null, without {@code by}) less {@link #sharedChildren}.
     */
    Map<String, Long> children(LocalDate asOf, MetricsFilter filter, MetricsDimension by, List<Group> groups) {
        Map<String, Long> children = new HashMap<>();
        sharedChildren(asOf, filter, by).forEach((key, surplus) -> children.put(key, -surplus));
        for (Group group : groups) {
            children.merge(by == null ? null : group.key(), group.children(), Long::sum);
        }
        return children;
    }

    /**
     * A figure per value of {@code by} (one, key null, without it): {@code figureFrom}, the figure's expression and
     * the tables up to their condition on the period {@code p}, which the as-of day and the filter's conditions end.
     */
    private Map<String, Long> perDimension(
            LocalDate asOf, MetricsFilter filter, MetricsDimension by, String figureFrom) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT ")
                .append(by == null ? "NULL" : MeasureSql.dimension(by, "p"))
                .append(" AS dimension, ")
                .append(figureFrom)
                .append(AS_OF);
        where(sql, filter);
        sql.append(" GROUP BY dimension");
        Map<String, Long> values = new HashMap<>();
        for (Object[] row : sql.rows(em)) {
            values.put(row[0] == null ? null : row[0].toString(), ((Number) row[1]).longValue());
        }
        return values;
    }

    /**
     * The allegations of the claims that pass the filter on the as-of day, by the allegation's year: how many, and
     * how many of those claims they gave. Claims without an allegation are left out.
     */
    List<AllegationYear> allegations(LocalDate asOf, MetricsFilter filter) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT a.year, COUNT(DISTINCT a.id), COUNT(*) FROM claim_state_period p")
                .append(" JOIN claim c ON c.id = p.claim_id JOIN allegation a ON a.reference = c.allegation_reference")
                .append(" WHERE ")
                .append(AS_OF);
        where(sql, filter);
        sql.append(" GROUP BY a.year ORDER BY a.year");
        List<AllegationYear> years = new ArrayList<>();
        for (Object[] row : sql.rows(em)) {
            years.add(new AllegationYear(
                    ((Number) row[0]).intValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return years;
    }
}
