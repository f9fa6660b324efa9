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

    /** One group of claims that stood alike on the as-of day. */
    record Group(String memberState, String route, String status, String outcome, int band, long count) {
    }

    @PersistenceContext
    private EntityManager em;

    List<Group> groups(LocalDate asOf, MetricsFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT p.member_state, p.route, p.status, p.paternity_outcome, ")
                .append(AgeBand.sqlOrdinal())
                .append(" AS band, COUNT(*) FROM claim_state_period p")
                .append(" WHERE p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to > ?1)");
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(asOf));
        if (filter.memberState() != null) {
            parameters.add(filter.memberState());
            sql.append(" AND p.member_state = ?").append(parameters.size());
            sql.append(" AND p.route = 'MEMBER_STATE'");
        }
        if (!filter.missions().isEmpty()) {
            sql.append(" AND p.mission IN (");
            for (int i = 0; i < filter.missions().size(); i++) {
                parameters.add(filter.missions().get(i));
                sql.append(i == 0 ? "" : ", ").append('?').append(parameters.size());
            }
            sql.append(')');
        }
        if (filter.category() != null) {
            parameters.add(filter.category());
            sql.append(" AND p.personnel_category = ?").append(parameters.size());
        }
        if (filter.receivedFrom() != null) {
            parameters.add(Date.valueOf(filter.receivedFrom()));
            sql.append(" AND p.received_on >= ?").append(parameters.size());
        }
        if (filter.receivedTo() != null) {
            parameters.add(Date.valueOf(filter.receivedTo()));
            sql.append(" AND p.received_on <= ?").append(parameters.size());
        }
        sql.append(" GROUP BY p.member_state, p.route, p.status, p.paternity_outcome, band");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            groups.add(new Group((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(), ((Number) row[5]).longValue()));
        }
        return groups;
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
}
