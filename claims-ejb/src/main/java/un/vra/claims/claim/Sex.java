package un.vra.claims.claim;

/** A child's sex as the claimant gives it. */
public enum Sex {
    FEMALE,
    MALE,
    UNDISCLOSED
}
