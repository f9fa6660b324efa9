package un.vra.claims.contact;

import java.time.Instant;
import java.time.LocalDate;

/** A consent record as the API and the page show it. */
public record ConsentView(
        long id,
        ConsentKind kind,
        ConsentDecision decision,
        LocalDate decidedOn,
        String note,
        String recordedBy,
        Instant recordedAt) {

    static ConsentView of(ClaimantConsent consent) {
        return new ConsentView(
                consent.id(),
                consent.kind(),
                consent.decision(),
                consent.decidedOn(),
                consent.note(),
                consent.recordedBy(),
                consent.recordedAt());
    }
}
