package un.vra.claims.contact;

import java.time.LocalDate;

/**
 * Where one kind of consent stands, and since which day: the day of the record in force, absent when never asked.
 */
public record CurrentConsent(ConsentKind kind, ConsentState state, LocalDate since) {

    static CurrentConsent notAsked(ConsentKind kind) {
        return new CurrentConsent(kind, ConsentState.NOT_ASKED, null);
    }

    static CurrentConsent of(RecordedDecision latest) {
        return new CurrentConsent(
                latest.kind(), ConsentState.valueOf(latest.decision().name()), latest.decidedOn());
    }
}
