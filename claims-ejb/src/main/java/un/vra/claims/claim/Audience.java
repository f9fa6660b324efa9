package un.vra.claims.claim;

/**
 * Who may read an event or a document of a claim: both parties, or the UN alone. The UN and the Member State
 * have opposed interests on every claim, and what the UN writes about the claimant must not reach the State
 * unless it is meant to (DOMAIN.md, "Two parties, one claim").
 */
public enum Audience {
    /** The UN and the claim's Member State. */
    SHARED,
    /** The UN only. */
    UN_ONLY;

    /**
     * Whom an event is for unless its author says otherwise: whatever a State records is shared; of the UN's
     * events, those the lifecycle marks shared are (the notification, the State's own steps, the structured steps
     * of the DNA test and of support, and the VRA's answer to an outcome the State reported), and everything else
     * (comments, hold, closure and reopening reasons, interim assistance, withheld reimbursements, documents,
     * overrides) stays with the UN.
     */
    public static Audience byDefault(ClaimAction action, Actor author) {
        return author.isMemberState() || Lifecycle.sharedByDefault(action) ? SHARED : UN_ONLY;
    }

    /** Whom something written by the author is for when the author may choose to share it. */
    public static Audience chosen(Actor author, boolean sharedWithMemberState) {
        return author.isMemberState() || sharedWithMemberState ? SHARED : UN_ONLY;
    }
}
