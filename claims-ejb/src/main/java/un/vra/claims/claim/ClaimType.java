package un.vra.claims.claim;

/** What the claimant asks for. */
public enum ClaimType {
    PATERNITY,
    CHILD_SUPPORT,
    PATERNITY_AND_CHILD_SUPPORT;

    /** A paternity-only claim is resolved once paternity is established; the others need support. */
    public boolean needsSupport() {
        return this != PATERNITY;
    }
}
