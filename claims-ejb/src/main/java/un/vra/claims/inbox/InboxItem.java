package un.vra.claims.inbox;

import java.io.Serializable;
import java.time.LocalDate;
import un.vra.claims.claim.NextStep;

/**
 * One message of the inbox: a claim notified to the State on {@code on}, or a reminder, dated {@code on}, that
 * {@code step} was due on {@code dueOn}. A reminder comes back unread every time a new one falls due.
 */
public record InboxItem(
        String reference,
        String claimantPseudonym,
        Kind kind,
        NextStep step,
        LocalDate on,
        LocalDate dueOn,
        boolean read)
        implements Serializable {

    public enum Kind {
        NOTIFIED,
        REMINDER,
        /** A child of the claim comes of age within two years: {@code dueOn} is the first day of that month. */
        MAJORITY,
        /** The State's {@code step}, due on {@code dueOn}, is 120 days overdue: the VRA's escalation. */
        ESCALATION
    }
}
