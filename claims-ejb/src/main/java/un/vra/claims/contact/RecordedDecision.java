package un.vra.claims.contact;

import java.time.LocalDate;

/** What {@link CurrentConsents} needs of one consent record to tell which of a kind's records is the latest. */
record RecordedDecision(long id, ConsentKind kind, ConsentDecision decision, LocalDate decidedOn) {}
