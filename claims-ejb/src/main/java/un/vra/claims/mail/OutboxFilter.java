package un.vra.claims.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import un.vra.claims.shared.InvalidInputException;

/**
 * Which mails of the outbox an administrator lists: by status, State, kind, and the days they were queued (from
 * and to inclusive, UTC); every part is optional.
 */
public record OutboxFilter(MailStatus status, String memberState, MailKind kind, LocalDate from, LocalDate to) {

    public OutboxFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "to must not be before from");
        }
        memberState = memberState == null || memberState.isBlank()
                ? null
                : memberState.strip().toUpperCase();
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
