package un.vra.claims.metrics;

import java.io.Serializable;

/** The claims received in one year, as they stood on the as-of day: how many, and how many were resolved. */
public record TrendPoint(int year, long claims, long established, long excluded, double resolutionRate)
        implements Serializable {}
