package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Route;

/**
 * The claims received in a span of years, counted by year received, one dimension, route, state and outcome as
 * they stood at the end of the as-of day. The public table is made of these; only grouped counts leave the
 * database.
 */
@ApplicationScoped
public class YearlyCountRepository {

    /** The claims of one year and dimension value ({@code null}: none, as the UN route has no State) alike. */
    public record Group(int year, String key, Route route, ClaimStatus status, PaternityOutcome outcome, long count) {}

    @PersistenceContext
    private EntityManager em;

    public List<Group> groups(LocalDate asOf, int firstYear, int lastYear, MetricsDimension by) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT YEAR(p.received_on) AS year_received, ")
                .append(MeasureSql.dimension(by, "p"))
                .append(" AS dimension, p.route, p.status, p.paternity_outcome, COUNT(*) FROM claim_state_period p")
                .append(" WHERE ")
                .append(MetricsRepository.AS_OF)
                .append(" AND p.received_on >= ")
                .append(sql.day(LocalDate.of(firstYear, 1, 1)))
                .append(" AND p.received_on < ")
                .append(sql.day(LocalDate.of(lastYear + 1, 1, 1)))
                .append(" GROUP BY year_received, dimension, p.route, p.status, p.paternity_outcome");
        List<Group> groups = new ArrayList<>();
        for (Object[] row : sql.rows(em)) {
            groups.add(new Group(
                    ((Number) row[0]).intValue(),
                    row[1] == null ? null : row[1].toString(),
                    Route.valueOf((String) row[2]),
                    ClaimStatus.valueOf((String) row[3]),
                    PaternityOutcome.valueOf((String) row[4]),
                    ((Number) row[5]).longValue()));
        }
        return groups;
    }
}
