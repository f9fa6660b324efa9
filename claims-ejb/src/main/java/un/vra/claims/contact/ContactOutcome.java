package un.vra.claims.contact;

/** What came of a contact. */
public enum ContactOutcome {
    /** The claimant was reached. */
    REACHED,
    /** Nobody was reached. */
    NOT_REACHED,
    /** A message was left for her. */
    MESSAGE_LEFT,
    /** She was reached and declined to talk. */
    DECLINED
}
