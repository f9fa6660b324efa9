package un.vra.claims.mail;

import java.io.Serializable;
import java.time.Instant;

/** A mail of the outbox as administrators see it: to whom, about what, where it stands and the server's answer. */
public record OutboxView(
        long id,
        MailKind kind,
        MailStatus status,
        String memberState,
        String recipient,
        String language,
        String subject,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastAnswer)
        implements Serializable {

    static OutboxView of(OutboxMessage message) {
        return new OutboxView(
                message.id(),
                message.kind(),
                message.status(),
                message.memberState(),
                message.mail().recipient(),
                message.mail().language(),
                message.mail().subject(),
                message.attempts(),
                message.createdAt(),
                message.status() == MailStatus.PENDING || message.status() == MailStatus.RETRYING
                        ? message.nextAttemptAt()
                        : null,
                message.sentAt(),
                message.lastAnswer());
    }
}
