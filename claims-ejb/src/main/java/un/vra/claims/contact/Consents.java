package un.vra.claims.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import un.vra.claims.claim.application.ClaimantConsents;

/**
 * Where a claimant's consents stand, for whatever depends on them: recording a contact here, notifying the State
 * and sharing documents elsewhere. A kind's latest record wins, by day then by id; a kind never recorded is
 * {@link ConsentState#NOT_ASKED}. It reads by the claim's id and checks no caller: reach the claim through
 * {@code ClaimAccess} first. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Consents implements ClaimantConsents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Where one kind of consent stands today. */
    public ConsentState current(long claimId, ConsentKind kind) {
        return current(claimId).state(kind);
    }

    /** Where every kind stands today, in one query. */
    public CurrentConsents current(long claimId) {
        return inForceOn(claimId, LocalDate.now(clock));
    }

    /** Where every kind stood on a day, from the records dated that day or before, in one query. */
    public CurrentConsents inForceOn(long claimId, LocalDate day) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.kind, c.decision, c.decidedOn from ClaimantConsent c"
                                + " where c.claimId = :claim and c.decidedOn <= :day and not exists ("
                                + " select l.id from ClaimantConsent l where l.claimId = c.claimId and l.kind = c.kind"
                                + " and l.decidedOn <= :day and (l.decidedOn > c.decidedOn"
                                + " or (l.decidedOn = c.decidedOn and l.id > c.id)))",
                        Object[].class)
                .setParameter("claim", claimId)
                .setParameter("day", day)
                .getResultList();
        return CurrentConsents.resolve(rows.stream()
                .map(row -> new RecordedDecision(
                        (Long) row[0], (ConsentKind) row[1], (ConsentDecision) row[2], (LocalDate) row[3]))
                .toList());
    }

    @Override
    public boolean documentsShared(long claimId) {
        return current(claimId, ConsentKind.SHARE_DOCUMENTS) == ConsentState.GIVEN;
    }

    @Override
    public void requireNotificationConsent(long claimId) {
        requireNotWithdrawn(claimId, ConsentKind.NOTIFY_MEMBER_STATE);
    }

    /** Refuses, with the day she withdrew it, what needs a consent the claimant has withdrawn as of today. */
    public void requireNotWithdrawn(long claimId, ConsentKind kind) {
        requireNotWithdrawn(claimId, kind, LocalDate.now(clock));
    }

    /** Refuses what happened on a day when the claimant's consent of that kind stood withdrawn. */
    public void requireNotWithdrawn(long claimId, ConsentKind kind, LocalDate day) {
        CurrentConsent consent = inForceOn(claimId, day).of(kind);
        if (consent.state() == ConsentState.WITHDRAWN) {
            throw new ConsentWithdrawnException(kind, consent.since());
        }
    }
}
