package un.vra.claims.withholding;

/** What became of (part of) an amount withheld. These names are the contract of the API and the pages. */
public enum DisposalKind {
    /** Given back to the State it was withheld from. */
    RELEASED_TO_STATE,
    /** Paid to a claimant of that State's claims, instead of the State. */
    PAID_TO_CLAIMANT
}
