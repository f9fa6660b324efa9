package un.vra.claims.contact;

import java.time.LocalDate;

/** A contact with the claimant as an officer reports it; checked when it is recorded. */
public record NewContact(LocalDate contactedOn, ContactChannel channel, ContactOutcome outcome, String note) {}
