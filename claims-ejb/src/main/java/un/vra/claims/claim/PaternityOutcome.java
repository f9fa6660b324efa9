package un.vra.claims.claim;

/** What is known of paternity so far. */
public enum PaternityOutcome {
    UNDETERMINED,
    INCONCLUSIVE,
    ESTABLISHED,
    EXCLUDED;

    /** The state an outcome puts a claim in once it takes effect; an undetermined one leads to a retest. */
    public ClaimStatus status() {
        return switch (this) {
            case ESTABLISHED -> ClaimStatus.PATERNITY_ESTABLISHED;
            case EXCLUDED -> ClaimStatus.PATERNITY_EXCLUDED;
            case UNDETERMINED, INCONCLUSIVE -> ClaimStatus.INCONCLUSIVE;
        };
    }
}
