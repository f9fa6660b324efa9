package un.vra.claims.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static OutboxMessage queued() {
        return new OutboxMessage(
                "key", MailKind.REMINDER, 1L, "NPL", new Mail("fp@example.org", "en", "Subject", "Body"), NOW);
    }

    @Test
    void aFailureTheServerMayGetOverIsRetriedLaterAndLaterUpToSixHours() {
        OutboxMessage message = queued();
        assertEquals(MailStatus.PENDING, message.status());
        assertEquals(NOW, message.nextAttemptAt());
        message.notSent("421 4.3.2 Service not available", false, NOW);
        assertEquals(MailStatus.RETRYING, message.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.nextAttemptAt());
        message.notSent("Connection refused", false, NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), message.nextAttemptAt());
        assertEquals(2, message.attempts());
        assertEquals("Connection refused", message.lastAnswer());
        assertEquals(Duration.ofHours(6), OutboxMessage.waitAfter(40));
    }

    @Test
    void anAcceptedMailKeepsTheServersAnswerAndARefusedAddressFailsForGood() {
        OutboxMessage sent = queued();
        sent.sent("250 2.0.0 OK", NOW);
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals("250 2.0.0 OK", sent.lastAnswer());
        assertEquals(NOW, sent.sentAt());
        OutboxMessage refused = queued();
        refused.notSent("550 5.1.1 no such user", true, NOW);
        assertEquals(MailStatus.FAILED, refused.status());
        assertNull(refused.sentAt());
    }

    @Test
    void aMailForAWeeklyDigestIsHeldThenGoesOutWithTheDigestOnly() {
        OutboxMessage held = new OutboxMessage(
                "key", MailKind.REMINDER, 1L, "NPL", new Mail("fp@example.org", "en", "Subject", "Body"), NOW, true);
        assertEquals(MailStatus.HELD, held.status());
        held.digested(NOW);
        assertEquals(MailStatus.DIGESTED, held.status());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> held.digested(NOW));
    }

    @Test
    void everyAttemptAtAMailCarriesTheSameMessageIdDerivedFromItsIdempotencyKey() {
        OutboxMessage first = queued();
        OutboxMessage again = queued();
        assertEquals(first.messageId(), again.messageId());
        assertTrue(first.messageId().matches("<[0-9a-f]{40}@outbox\\.vra-claims>"), first.messageId());
        OutboxMessage other = new OutboxMessage(
                "other key", MailKind.REMINDER, 1L, "NPL", new Mail("fp@example.org", "en", "Subject", "Body"), NOW);
        assertNotEquals(first.messageId(), other.messageId());
    }
}
