package un.vra.claims.contact;

import java.time.Instant;
import java.time.LocalDate;

/** A contact of the log as the API and the page show it. */
public record ContactView(
        long id,
        LocalDate contactedOn,
        ContactChannel channel,
        ContactOutcome outcome,
        String note,
        String madeBy,
        Instant recordedAt) {

    static ContactView of(ClaimantContact contact) {
        return new ContactView(
                contact.id(),
                contact.contactedOn(),
                contact.channel(),
                contact.outcome(),
                contact.note(),
                contact.madeBy(),
                contact.recordedAt());
    }
}
