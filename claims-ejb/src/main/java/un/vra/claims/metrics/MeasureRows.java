package un.vra.claims.metrics;

import un.vra.claims.claim.ClaimStatePeriod;
import un.vra.claims.claim.Route;

/**
 * The breakdowns whose rows {@code claim_measure} keeps, each under its letter in {@code claim_measure.dimension}:
 * the four stored dimensions of every claim ({@link MetricsDimension#STORED}), and a State's own view, in which its
 * claims exist from their notification on. Which periods a breakdown counts and under which key, in Java for the
 * rows written with each period ({@link MeasureMaintenance}) and in SQL for the rebuild and the drift check
 * ({@link MeasureRepository}), so that both count alike.
 */
enum MeasureRows {
    STATE("S", MetricsDimension.MEMBER_STATE),
    MISSION("M", MetricsDimension.MISSION),
    CATEGORY("C", MetricsDimension.CATEGORY),
    YEAR("Y", MetricsDimension.YEAR),
    /**
     * A State's claims on the Member State route in the periods that began once the claim was notified: the
     * notification ends the period before it, so each period is wholly before it or wholly after (V103).
     */
    NOTIFIED("N", null);

    private static final String MEMBER_STATE_ROUTE = "'" + Route.MEMBER_STATE.name() + "'";

    private final String code;
    private final MetricsDimension dimension;

    MeasureRows(String code, MetricsDimension dimension) {
        this.code = code;
        this.dimension = dimension;
    }

    /** The letter of the rows in {@code claim_measure.dimension}. */
    String code() {
        return code;
    }

    /** The letter of the rows a breakdown reads, in a State's own view or not: a host country's are its missions'. */
    static String code(MetricsDimension by, boolean notifiedOnly) {
        if (notifiedOnly) {
            if (by != MetricsDimension.MEMBER_STATE) {
                throw new IllegalArgumentException("a State's own view is kept by State only, not by " + by);
            }
            return NOTIFIED.code;
        }
        return switch (by) {
            case MEMBER_STATE -> STATE.code;
            case MISSION, HOST_COUNTRY -> MISSION.code;
            case CATEGORY -> CATEGORY.code;
            case YEAR -> YEAR.code;
        };
    }

    /** Whether the period counts in these rows. */
    boolean counts(ClaimStatePeriod period) {
        return this != NOTIFIED
                || period.notified() && period.route() == Route.MEMBER_STATE && period.memberState() != null;
    }

    /** The period's group: its State on the Member State route ('' on the UN's), mission, category or year. */
    String key(ClaimStatePeriod period) {
        return this == NOTIFIED ? period.memberState() : MeasureRepository.key(dimension, period);
    }

    /** {@link #counts} as SQL over the period row {@code alias}. */
    String countsSql(String alias) {
        return this == NOTIFIED
                ? alias + ".notified AND " + alias + ".route = " + MEMBER_STATE_ROUTE + " AND " + alias
                        + ".member_state IS NOT NULL"
                : "TRUE";
    }

    /** {@link #key} as SQL over the period row {@code alias}. */
    String keySql(String alias) {
        return this == NOTIFIED ? alias + ".member_state" : MeasureRepository.key(dimension, alias);
    }
}
