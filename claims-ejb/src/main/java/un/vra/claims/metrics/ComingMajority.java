package un.vra.claims.metrics;

import java.io.Serializable;

/**
 * How many children of a State's open claims come of age in the next 24 months (DOMAIN.md: the claim must be
 * pursued before majority), and the month the first of them does, so that the State's follow-up is planned in time.
 */
public record ComingMajority(String memberState, long children, String firstMonth) implements Serializable {}
