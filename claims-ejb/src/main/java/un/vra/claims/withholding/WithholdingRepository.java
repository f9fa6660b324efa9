package un.vra.claims.withholding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import un.vra.claims.claim.application.WithheldFigures;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The book of amounts withheld: added, disposed of one at a time under a lock, read a page at a time. */
@ApplicationScoped
public class WithholdingRepository {

    @PersistenceContext
    private EntityManager em;

    void add(Object entry) {
        em.persist(entry);
        em.flush();
    }

    /** The withholding, locked until the transaction ends: two disposals at once never take the same balance. */
    Optional<WithheldReimbursement> lock(long id) {
        return Optional.ofNullable(em.find(WithheldReimbursement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A claim's amounts in a currency of which something remains, oldest first, locked until the transaction ends. */
    List<WithheldReimbursement> lockedWithBalance(long claimId, String currency) {
        return em.createQuery(
                        "select w from WithheldReimbursement w where w.claimId = :claim and w.currency = :currency"
                                + " and w.amount > w.released + w.paidToClaimants order by w.withheldOn, w.id",
                        WithheldReimbursement.class)
                .setParameter("claim", claimId)
                .setParameter("currency", currency)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    Optional<WithheldReimbursement> find(long id) {
        return Optional.ofNullable(em.find(WithheldReimbursement.class, id));
    }

    /** A State's (or every State's) withholdings, for a claim when one is named, the latest day first. */
    PageResult<WithheldReimbursement> withholdings(String memberState, Long claimId, PageRequest page) {
        String where = " from WithheldReimbursement w where (:state is null or w.memberState = :state)"
                + " and (:claim is null or w.claimId = :claim)";
        return page.read(
                em.createQuery("select count(w)" + where, Long.class)
                        .setParameter("state", memberState)
                        .setParameter("claim", claimId),
                em.createQuery(
                                "select w" + where + " order by w.withheldOn desc, w.id desc",
                                WithheldReimbursement.class)
                        .setParameter("state", memberState)
                        .setParameter("claim", claimId),
                WithheldReimbursement.class);
    }

    PageResult<WithheldDisposal> disposals(long withheldId, PageRequest page) {
        String where = " from WithheldDisposal d where d.withheldId = :withheld";
        return page.read(
                em.createQuery("select count(d)" + where, Long.class).setParameter("withheld", withheldId),
                em.createQuery("select d" + where + " order by d.disposedOn desc, d.id desc", WithheldDisposal.class)
                        .setParameter("withheld", withheldId),
                WithheldDisposal.class);
    }

    /**
     * The book's amounts withheld for one claim, summed per currency by the database, with what was released from
     * them and paid out of them; a query of the entities, so that what this transaction added is counted.
     */
    List<WithheldFigures> ofClaim(long claimId) {
        return em
                .createQuery(
                        "select w.currency, sum(w.amount), sum(w.released), sum(w.paidToClaimants)"
                                + " from WithheldReimbursement w where w.claimId = :claim"
                                + " group by w.currency order by w.currency",
                        Object[].class)
                .setParameter("claim", claimId)
                .getResultList()
                .stream()
                .map(cells -> WithheldFigures.of(
                        (String) cells[0], (BigDecimal) cells[1], (BigDecimal) cells[2], (BigDecimal) cells[3]))
                .toList();
    }

    /** Each State's book per currency, summed by the database, by State then currency; as filtered. */
    PageResult<LedgerLine> ledger(LedgerFilter filter, PageRequest page) {
        String from = " FROM withheld_reimbursement w WHERE (?1 IS NULL OR w.member_state = ?1)"
                + " AND (?2 IS NULL OR (w.withheld_on >= MAKEDATE(?2, 1) AND w.withheld_on < MAKEDATE(?2 + 1, 1)))"
                + " AND (?3 IS NULL OR w.claim_id IN (SELECT c.id FROM claim c WHERE c.mission = ?3))"
                + " AND (?4 IS NULL OR w.currency = ?4)"
                + " GROUP BY w.member_state, w.currency";
        return page.read(
                parameters(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + ") ledger_lines"), filter),
                parameters(
                        em.createNativeQuery("SELECT w.member_state, w.currency, SUM(w.amount), SUM(w.released),"
                                + " SUM(w.paid_to_claimants)" + from + " ORDER BY w.member_state, w.currency"),
                        filter),
                row -> {
                    Object[] cells = (Object[]) row;
                    return LedgerLine.of(
                            (String) cells[0],
                            (String) cells[1],
                            (BigDecimal) cells[2],
                            (BigDecimal) cells[3],
                            (BigDecimal) cells[4]);
                });
    }

    private static Query parameters(Query query, LedgerFilter filter) {
        return query.setParameter(1, filter.memberState())
                .setParameter(2, filter.year())
                .setParameter(3, filter.mission())
                .setParameter(4, filter.currency());
    }
}
