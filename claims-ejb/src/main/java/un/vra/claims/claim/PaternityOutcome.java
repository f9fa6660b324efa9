package un.vra.claims.claim;

/** What is known of paternity so far. */
public enum PaternityOutcome {
    UNDETERMINED,
    INCONCLUSIVE,
    ESTABLISHED,
    EXCLUDED
}
