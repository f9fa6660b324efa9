package un.vra.claims.contact;

/** What the claimant said about one kind of consent, on a day. */
public enum ConsentDecision {
    GIVEN,
    WITHDRAWN
}
