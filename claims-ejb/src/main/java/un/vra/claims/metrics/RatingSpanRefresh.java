package un.vra.claims.metrics;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Writes anew the ratings' spans of the claims written since they were last written ({@link RatingMaintenance}
 * notes them), a round of {@link RatingSpanRound#NOTES} notes per transaction: before the ratings are read, and
 * every minute, so that a read after a large import finds little left to do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RatingSpanRefresh {

    @EJB
    private RatingSpanRound round;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void onSchedule() {
        refresh();
    }

    /** Rounds until no note is left. */
    public void refresh() {
        boolean more = true;
        while (more) {
            more = round.next();
        }
    }
}
