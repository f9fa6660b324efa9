package un.vra.claims.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import un.vra.claims.shared.Sha256;

/**
 * A mail in the outbox, from the moment it is queued until the SMTP server accepts it or refuses it for good. A
 * failure the server may get over keeps it for another attempt later and later (from one minute, doubling, to six
 * hours at most), so that a server down for a day is neither hammered nor forgotten. The server's last answer is
 * kept for the administrators.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final int LONGEST_ANSWER = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    @Column(name = "member_state", updatable = false)
    private String memberState;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_answer")
    private String lastAnswer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    public OutboxMessage(
            String idempotencyKey, MailKind kind, Long claimId, String memberState, Mail mail, Instant now) {
        this(idempotencyKey, kind, claimId, memberState, mail, now, false);
    }

    /** A mail queued to be sent, or held for its reader's weekly digest. */
    public OutboxMessage(
            String idempotencyKey,
            MailKind kind,
            Long claimId,
            String memberState,
            Mail mail,
            Instant now,
            boolean held) {
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.claimId = claimId;
        this.memberState = memberState;
        this.recipient = mail.recipient();
        this.language = mail.language();
        this.subject = mail.subject();
        this.body = mail.body();
        this.status = held ? MailStatus.HELD : MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A held mail went out in its reader's weekly digest. */
    public void digested(Instant now) {
        if (status != MailStatus.HELD) {
            throw new IllegalStateException("only a held mail goes into a digest");
        }
        status = MailStatus.DIGESTED;
        sentAt = now;
    }

    /** The server accepted the mail. */
    public void sent(String answer, Instant now) {
        attempts++;
        status = MailStatus.SENT;
        lastAnswer = shortened(answer);
        sentAt = now;
    }

    /** The attempt failed; a permanent refusal ends the attempts, anything else waits longer for the next one. */
    public void notSent(String answer, boolean permanent, Instant now) {
        attempts++;
        lastAnswer = shortened(answer);
        status = permanent ? MailStatus.FAILED : MailStatus.RETRYING;
        nextAttemptAt = now.plus(waitAfter(attempts));
    }

    /** How long the outbox waits after the n-th failed attempt before the next. */
    static Duration waitAfter(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private static String shortened(String answer) {
        String text = answer == null ? "" : answer.strip();
        return text.length() > LONGEST_ANSWER ? text.substring(0, LONGEST_ANSWER) : text;
    }

    public Mail mail() {
        return new Mail(recipient, language, subject, body);
    }

    /**
     * The mail's Message-ID, the same at every attempt since it derives from its idempotency key: sending is
     * at-least-once (a server that stops after the SMTP server took the mail but before it is marked sent sends it
     * again), and a second copy carries the first one's Message-ID, by which mail servers and readers drop it.
     */
    public String messageId() {
        return "<" + Sha256.hex(idempotencyKey).substring(0, 40) + "@outbox.vra-claims>";
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public MailKind kind() {
        return kind;
    }

    public Long claimId() {
        return claimId;
    }

    public String memberState() {
        return memberState;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
