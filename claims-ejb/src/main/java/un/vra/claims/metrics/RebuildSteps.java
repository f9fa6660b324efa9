package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import un.vra.claims.account.Role;

/**
 * The steps of a rebuild of the maintained figures ({@link MeasureService#rebuild}), each in a transaction of its
 * own: the ratings' spans a range of claims at a time, then the measures' rows in one transaction, up to the bean's
 * three hours (glassfish-ejb-jar.xml; each statement up to 30 minutes).
 */
@Stateless
@RolesAllowed(Role.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RebuildSteps {

    @Inject
    private RatingRepository ratings;

    @Inject
    private MeasureRepository measures;

    @Inject
    private MajorityRepository majorities;

    /** {@link RatingRepository#beginRebuild}: the highest claim id the ranges must reach. */
    public long beginRatings(Instant at) {
        return ratings.beginRebuild(at);
    }

    /** {@link RatingRepository#rebuildRange}: the spans written. */
    public long ratingsRange(long first, long last) {
        return ratings.rebuildRange(first, last);
    }

    /** {@link RatingRepository#endRebuild}. */
    public void endRatings(Instant at) {
        ratings.endRebuild(at);
    }

    /**
     * Writes every measure's row anew from the state periods ({@link MeasureRepository#rebuild}), and the counts of
     * the children coming of age from the children ({@link MajorityRepository#recount}), reading them as
     * {@link MeasureRepository#rebuilding} does; the measures' rows stored.
     */
    public long measureRows(LocalDate today) {
        return measures.rebuilding(() -> {
            measures.rebuild(today);
            majorities.recount();
            return measures.rows();
        });
    }
}
