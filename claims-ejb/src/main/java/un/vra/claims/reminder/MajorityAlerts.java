package un.vra.claims.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import un.vra.claims.claim.Child;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.Recording;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.OutboxMessage;
import un.vra.claims.mail.OutboxRepository;

/**
 * Alerts the VRA and the State, once per child, two years before a child of an open claim comes of age (DOMAIN.md,
 * "Clocks and aging"), in a transaction of its own: the alert's row, its event on the claim's timeline (shared
 * with the State) and its mails, all or nothing. The mails name the child by its position and the month of its
 * majority only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MajorityAlerts {

    /** How long before a child's majority the alert goes out. */
    public static final int YEARS_BEFORE = 2;

    @Inject
    private ClaimRepository claims;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private OutboxRepository outbox;

    @Inject
    private ReminderAddresses addresses;

    @Inject
    private Clock clock;

    /** Moves each claim's next majority on once its month has passed ({@link ReminderRepository#moveMajoritiesOn}). */
    public int moveOn(LocalDate day) {
        return reminders.moveMajoritiesOn(day);
    }

    /** Whether the alert for this child was recorded now: not when it already was, or is not due on {@code day}. */
    public boolean alert(long claimId, int position, LocalDate day) {
        Claim claim = claims.byId(claimId).orElse(null);
        Child child = claim == null
                ? null
                : claim.children().stream()
                        .filter(each -> each.position() == position)
                        .findFirst()
                        .orElse(null);
        if (child == null
                || claim.status() == ClaimStatus.CLOSED
                || child.ofAgeOn(day)
                || day.isBefore(child.majorityOn().minusYears(YEARS_BEFORE))
                || !reminders.recordMajorityAlert(claimId, position, child.majorityMonth(), clock.instant())) {
            return false;
        }
        claim.recordMajorityAlert(child, new Recording(ReminderRungs.JOB, clock));
        String state = claim.memberState().map(code -> code.value()).orElse(null);
        String reference = claim.reference().value();
        YearMonth month = YearMonth.from(child.majorityMonth());
        ReminderAddresses.byAddress(addresses.ofMajority(state, claim.notifiedOn() != null))
                .forEach((address, to) -> outbox.enqueue(new OutboxMessage(
                        String.join(
                                ":",
                                "majority",
                                Long.toString(claimId),
                                Integer.toString(position),
                                month.toString(),
                                ReminderRungs.hashed(address)),
                        MailKind.MAJORITY_ALERT,
                        claimId,
                        state,
                        MailTexts.majority(
                                to,
                                reference,
                                claim.claimantPseudonym(),
                                position,
                                month,
                                addresses.link(reference, !address.equals(addresses.office()))),
                        clock.instant(),
                        to.weeklyDigest())));
        return true;
    }
}
