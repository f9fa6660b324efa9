package un.vra.claims.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * One attempt at one mail, in a transaction of its own that holds the mail's row locked while the SMTP server
 * answers: the outcome is stored with the answer whatever it is, and no other server sends the mail meanwhile.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxAttempt {

    private static final Logger LOG = Logger.getLogger(OutboxAttempt.class.getName());

    @Inject
    private OutboxRepository outbox;

    @Inject
    private SmtpGateway smtp;

    @Inject
    private Clock clock;

    /** Tries the oldest mail due, if any; false when none is due. */
    public boolean tryNext() {
        return outbox.lockNextDue(clock.instant())
                .map(message -> {
                    try {
                        message.sent(smtp.send(message.mail(), message.messageId()), clock.instant());
                    } catch (SmtpGateway.MailNotSent e) {
                        message.notSent(e.getMessage(), e.permanent(), clock.instant());
                        LOG.warning(() -> "Mail " + message.id() + " not sent (attempt " + message.attempts() + "): "
                                + e.getMessage());
                    }
                    return true;
                })
                .orElse(false);
    }
}
