package un.vra.claims.contact;

/** What the claimant may consent to. Each is given or withdrawn on its own. */
public enum ConsentKind {
    /** That the UN notify the responsible Member State of her claim. */
    NOTIFY_MEMBER_STATE,
    /** That the UN share documents of her claim with the Member State. */
    SHARE_DOCUMENTS,
    /** That the UN contact her. */
    BE_CONTACTED
}
