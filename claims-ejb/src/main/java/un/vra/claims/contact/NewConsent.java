package un.vra.claims.contact;

import java.time.LocalDate;

/** A consent the claimant gave or withdrew, as an officer reports it; checked when it is recorded. */
public record NewConsent(ConsentKind kind, ConsentDecision decision, LocalDate decidedOn, String note) {}
