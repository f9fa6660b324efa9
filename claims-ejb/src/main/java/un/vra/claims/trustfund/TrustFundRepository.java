package un.vra.claims.trustfund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import un.vra.claims.claim.AssistanceKind;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The Trust Fund's assistance, as the claims' timelines recorded it, totalled by the database. */
@ApplicationScoped
public class TrustFundRepository {

    @PersistenceContext
    private EntityManager em;

    /** Totals by year paid (latest first), State, mission, kind and currency, a page at a time. */
    PageResult<TrustFundTotal> totals(TrustFundFilter filter, PageRequest page) {
        String from = " FROM claim_event e JOIN claim c ON c.id = e.claim_id"
                + " WHERE e.action = 'RECORD_INTERIM_ASSISTANCE' AND e.amount IS NOT NULL"
                + " AND (?1 IS NULL OR (e.occurred_on >= MAKEDATE(?1, 1) AND e.occurred_on < MAKEDATE(?1 + 1, 1)))"
                + " AND (?2 IS NULL OR c.member_state = ?2) AND (?3 IS NULL OR c.mission = ?3)"
                + " AND (?4 IS NULL OR e.currency = ?4)"
                + " GROUP BY YEAR(e.occurred_on), c.member_state, c.mission, e.assistance_kind, e.currency";
        return page.read(
                parameters(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + ") total_rows"), filter),
                parameters(
                        em.createNativeQuery("SELECT YEAR(e.occurred_on), c.member_state, c.mission, e.assistance_kind,"
                                + " e.currency, COUNT(*), SUM(e.amount)" + from
                                + " ORDER BY YEAR(e.occurred_on) DESC, c.member_state, c.mission, e.assistance_kind,"
                                + " e.currency"),
                        filter),
                row -> {
                    Object[] cells = (Object[]) row;
                    return new TrustFundTotal(
                            ((Number) cells[0]).intValue(),
                            (String) cells[1],
                            (String) cells[2],
                            cells[3] == null ? null : AssistanceKind.valueOf((String) cells[3]),
                            (String) cells[4],
                            ((Number) cells[5]).longValue(),
                            (BigDecimal) cells[6]);
                });
    }

    /** The payments per year, first to last: a few dozen rows at most, one per year the Fund paid. */
    List<YearlyPayments> paymentsByYear() {
        List<?> rows = em.createNativeQuery("SELECT YEAR(occurred_on), COUNT(*) FROM claim_event"
                        + " WHERE action = 'RECORD_INTERIM_ASSISTANCE' AND amount IS NOT NULL"
                        + " GROUP BY YEAR(occurred_on) ORDER BY YEAR(occurred_on)")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(cells -> new YearlyPayments(((Number) cells[0]).intValue(), ((Number) cells[1]).longValue()))
                .toList();
    }

    private static Query parameters(Query query, TrustFundFilter filter) {
        return query.setParameter(1, filter.year())
                .setParameter(2, filter.memberState())
                .setParameter(3, filter.mission())
                .setParameter(4, filter.currency());
    }
}
