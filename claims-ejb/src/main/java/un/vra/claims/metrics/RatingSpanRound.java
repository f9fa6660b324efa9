package un.vra.claims.metrics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** One round of {@link RatingSpanRefresh}, in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RatingSpanRound {

    /** The notes one round takes. */
    static final int NOTES = 5_000;

    @Inject
    private RatingRepository ratings;

    /** Writes anew the spans of up to {@link #NOTES} notes' claims; whether notes are left. */
    public boolean next() {
        return ratings.refreshSpans(NOTES);
    }
}
