package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import un.vra.claims.claim.AgeBand;

/**
 * Aggregates computed by the database from the claims' state periods: each claim counts once, in the state
 * it was in at the end of the as-of day. Only grouped counts leave the database.
 */
@ApplicationScoped
public class MetricsRepository {

    /** One group of claims that stood alike on the as-of day; {@code key} is the dimension's value. */
    record Group(String key, String route, String status, String outcome, int band, long count) {
    }

    /** A State's claims on the as-of day, how many were pending, and how many of those had no recent event. */
    record StateActivity(long claims, long pending, long idle) {
    }

    /** The period of each claim that holds the as-of day, which is always parameter 1. */
    private static final String AS_OF = "p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to > ?1)";

    /** A period whose claim is still pending: neither closed nor with paternity determined. */
    private static final String PENDING =
            "p.status <> 'CLOSED' AND p.paternity_outcome NOT IN ('ESTABLISHED', 'EXCLUDED')";

    @PersistenceContext
    private EntityManager em;

    List<Group> groups(LocalDate asOf, MetricsFilter filter, MetricsDimension by) {
        Sql sql = new Sql(asOf);
        sql.text.append("SELECT ").append(by.column()).append(" AS dimension, p.route, p.status, p.paternity_outcome, ")
                .append(AgeBand.sqlOrdinal())
                .append(" AS band, COUNT(*) FROM claim_state_period p WHERE ").append(AS_OF);
        sql.where(filter);
        sql.text.append(" GROUP BY dimension, p.route, p.status, p.paternity_outcome, band");
        List<Group> groups = new ArrayList<>();
        for (Object[] row : sql.rows()) {
            groups.add(new Group(row[0] == null ? null : row[0].toString(), (String) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).longValue()));
        }
        return groups;
    }

    /**
     * Per State, on the as-of day: its claims on the Member State route, the pending ones, and the pending ones
     * with no event in the {@code idleDays} before. Events are dated in order, so a claim whose last event is
     * on or before the as-of day needs no look at its timeline; only for a past day is the timeline searched,
     * through its index by claim.
     */
    Map<String, StateActivity> activity(LocalDate asOf, int idleDays) {
        Sql sql = new Sql(asOf);
        String since = sql.parameter(Date.valueOf(asOf.minusDays(idleDays)));
        sql.text.append("SELECT p.member_state, COUNT(*), SUM(CASE WHEN ").append(PENDING)
                .append(" THEN 1 ELSE 0 END),")
                .append(" SUM(CASE WHEN ").append(PENDING).append(" AND (c.last_event_on <= ").append(since)
                .append(" OR (c.last_event_on > ?1 AND NOT EXISTS (SELECT 1 FROM claim_event e")
                .append(" WHERE e.claim_id = c.id AND e.occurred_on > ").append(since)
                .append(" AND e.occurred_on <= ?1))) THEN 1 ELSE 0 END)")
                .append(" FROM claim_state_period p JOIN claim c ON c.id = p.claim_id WHERE ").append(AS_OF)
                .append(" AND p.route = 'MEMBER_STATE' GROUP BY p.member_state");
        Map<String, StateActivity> activity = new HashMap<>();
        for (Object[] row : sql.rows()) {
            activity.put((String) row[0], new StateActivity(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return activity;
    }

    /**
     * Per State, the share of its notifications acknowledged within {@code standardDays}, over the notifications
     * that were acknowledged by the as-of day or whose standard had run out by then (one still within its
     * standard and unanswered is not yet late).
     */
    Map<String, Double> acknowledgedInTime(LocalDate asOf, int standardDays) {
        Sql sql = new Sql(asOf);
        String days = sql.parameter(standardDays);
        String dueBefore = sql.parameter(Date.valueOf(asOf.minusDays(standardDays)));
        sql.text.append("SELECT c.member_state, SUM(CASE WHEN c.acknowledged_on <= ?1")
                .append(" AND DATEDIFF(c.acknowledged_on, c.notified_on) <= ").append(days)
                .append(" THEN 1 ELSE 0 END), COUNT(*) FROM claim c WHERE c.route = 'MEMBER_STATE'")
                .append(" AND c.notified_on <= ?1 AND (c.acknowledged_on <= ?1 OR c.notified_on < ").append(dueBefore)
                .append(") GROUP BY c.member_state");
        Map<String, Double> shares = new HashMap<>();
        for (Object[] row : sql.rows()) {
            shares.put((String) row[0], ((Number) row[1]).doubleValue() / ((Number) row[2]).doubleValue());
        }
        return shares;
    }

    /**
     * The median, per State, of the days between two of a claim's milestones, over claims that reached the
     * second milestone by the as-of day. Window functions keep it in the database (MySQL 8, MariaDB 10.2+).
     */
    Map<String, Double> medianDays(String fromColumn, String toColumn, LocalDate asOf, String memberState) {
        String days = "DATEDIFF(c." + toColumn + ", c." + fromColumn + ")";
        String sql = "SELECT member_state, AVG(days) FROM (SELECT c.member_state, " + days + " AS days,"
                + " ROW_NUMBER() OVER (PARTITION BY c.member_state ORDER BY " + days + ") AS position,"
                + " COUNT(*) OVER (PARTITION BY c.member_state) AS how_many"
                + " FROM claim c WHERE c.route = 'MEMBER_STATE' AND c." + fromColumn + " IS NOT NULL"
                + " AND c." + toColumn + " IS NOT NULL AND c." + toColumn + " <= ?1"
                + (memberState == null ? "" : " AND c.member_state = ?2")
                + ") ranked WHERE position IN (FLOOR((how_many + 1) / 2), CEIL((how_many + 1) / 2))"
                + " GROUP BY member_state";
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(asOf));
        if (memberState != null) {
            query.setParameter(2, memberState);
        }
        Map<String, Double> medians = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            medians.put((String) row[0], ((Number) row[1]).doubleValue());
        }
        return medians;
    }

    /** A native query being written, with positional parameters numbered as they are added; the as-of day is 1. */
    private final class Sql {

        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql(LocalDate asOf) {
            parameter(Date.valueOf(asOf));
        }

        String parameter(Object value) {
            parameters.add(value);
            return "?" + parameters.size();
        }

        /** The filter's conditions on the period rows; a State restricts to its claims on the Member State route. */
        void where(MetricsFilter filter) {
            if (filter.memberState() != null) {
                text.append(" AND p.member_state = ").append(parameter(filter.memberState()))
                        .append(" AND p.route = 'MEMBER_STATE'");
            }
            if (!filter.missions().isEmpty()) {
                text.append(" AND p.mission IN (");
                for (int i = 0; i < filter.missions().size(); i++) {
                    text.append(i == 0 ? "" : ", ").append(parameter(filter.missions().get(i)));
                }
                text.append(')');
            }
            if (filter.category() != null) {
                text.append(" AND p.personnel_category = ").append(parameter(filter.category()));
            }
            if (filter.receivedFrom() != null) {
                text.append(" AND p.received_on >= ").append(parameter(Date.valueOf(filter.receivedFrom())));
            }
            if (filter.receivedTo() != null) {
                text.append(" AND p.received_on <= ").append(parameter(Date.valueOf(filter.receivedTo())));
            }
        }

        List<Object[]> rows() {
            Query query = em.createNativeQuery(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                rows.add((Object[]) row);
            }
            return rows;
        }
    }
}
