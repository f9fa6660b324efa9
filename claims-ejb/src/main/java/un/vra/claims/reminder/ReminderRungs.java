package un.vra.claims.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.OutboxMessage;
import un.vra.claims.mail.OutboxRepository;
import un.vra.claims.noteverbale.NoteVerbale;
import un.vra.claims.noteverbale.NotesVerbales;
import un.vra.claims.shared.Sha256;

/**
 * Climbs one claim's reminder ladder on one day, in a transaction of its own: each rung reached and not yet
 * recorded is recorded, put on the claim's timeline, and its mails queued, all or nothing. A State's step is
 * reminded to its focal points and deputies, then copied to its Permanent Mission (with a note verbale on the claim),
 * then escalated to the VRA; the UN's own step is reminded to the VRA office, and stays UN only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderRungs {

    static final Actor JOB = Actor.of("reminders", "SYSTEM");

    @Inject
    private ClaimRepository claims;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private OutboxRepository outbox;

    @Inject
    private TimeStandards standards;

    @Inject
    private ReminderAddresses addresses;

    @Inject
    private NotesVerbales notes;

    @Inject
    private Clock clock;

    /** How many rungs were recorded now: none when the claim has moved on, or every rung was already recorded. */
    public int climb(DueStep due, LocalDate day) {
        Claim claim = claims.byId(due.claimId()).orElse(null);
        if (claim == null
                || claim.nextStep().filter(due.step()::equals).isEmpty()
                || !due.since().equals(claim.nextStepSince())) {
            return 0;
        }
        LocalDate dueOn = standards.dueOn(due.step(), due.since()).orElseThrow();
        boolean statesStep = claim.whoseTurn() == WhoseTurn.MEMBER_STATE;
        int recorded = 0;
        for (ReminderLadder.Rung rung : ReminderLadder.reached(dueOn, day, statesStep)) {
            if (reminders.recordRung(claim.id(), due.step(), rung.kind().name(), rung.on(), clock.instant())) {
                Audience audience =
                        statesStep && rung.kind() != MailKind.VRA_ESCALATION ? Audience.SHARED : Audience.UN_ONLY;
                Recording recording = new Recording(JOB, clock);
                claim.recordReminder(rung.kind().name(), dueOn, day, audience, recording);
                if (rung.kind() == MailKind.MISSION_COPY) {
                    notes.issue(claim, NoteVerbale.Purpose.MISSION_COPY, due.step(), dueOn, day, recording);
                }
                queue(claim, due, rung, dueOn, day, statesStep);
                recorded++;
            }
        }
        return recorded;
    }

    private void queue(
            Claim claim, DueStep due, ReminderLadder.Rung rung, LocalDate dueOn, LocalDate day, boolean statesStep) {
        String state = claim.memberState().map(code -> code.value()).orElse(null);
        String reference = claim.reference().value();
        Map<String, Recipient> recipients = ReminderAddresses.byAddress(addresses.of(rung.kind(), state, statesStep));
        String link = addresses.link(reference, statesStep && rung.kind() != MailKind.VRA_ESCALATION);
        recipients.forEach((address, to) -> outbox.enqueue(new OutboxMessage(
                key(claim.id(), due, rung, address),
                rung.kind(),
                claim.id(),
                state,
                MailTexts.mail(rung.kind(), to, reference, claim.claimantPseudonym(), due.step(), dueOn, day, link),
                clock.instant(),
                to.weeklyDigest())));
    }

    /** What the mail is for, to whom: the same reminder to the same address is the same mail, queued once. */
    static String key(long claimId, DueStep due, ReminderLadder.Rung rung, String address) {
        return String.join(
                ":",
                "reminder",
                Long.toString(claimId),
                due.step().name(),
                rung.kind().name(),
                rung.on().toString(),
                hashed(address));
    }

    /** An address as a key part: of fixed length, whatever the address. */
    static String hashed(String address) {
        return Sha256.hex(address.strip().toLowerCase(Locale.ROOT)).substring(0, 32);
    }
}
