package un.vra.claims.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Sends what the outbox holds due, every 20 seconds and whenever asked (after the daily reminders are queued): one
 * mail per transaction, at most {@value #BATCH} a round, so that a slow server delays the next round rather than
 * holding a transaction for all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    static final int BATCH = 200;

    @EJB
    private OutboxAttempt attempt;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void onSchedule() {
        deliverDue();
    }

    /** Tries every mail due now, up to a round's worth; how many were tried. */
    public int deliverDue() {
        int tried = 0;
        while (tried < BATCH && attempt.tryNext()) {
            tried++;
        }
        return tried;
    }
}
