package un.vra.claims.claim;

/** What a laboratory concluded from the samples. */
public enum DnaConclusion {
    INCLUSION,
    EXCLUSION,
    INCONCLUSIVE
}
