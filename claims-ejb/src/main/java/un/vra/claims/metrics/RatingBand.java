package un.vra.claims.metrics;

/** A State's rating on its responsiveness, from best to worst; see {@link RatingThresholds}. */
public enum RatingBand {
    RESPONSIVE,
    NEEDS_ATTENTION,
    UNRESPONSIVE
}
