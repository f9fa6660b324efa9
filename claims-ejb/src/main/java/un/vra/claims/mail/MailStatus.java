package un.vra.claims.mail;

/**
 * Where a mail of the outbox stands: waiting for its first attempt, waiting for another after a failure the server
 * may get over, sent, or refused for good (an address the server does not know); a refused mail stays visible. A
 * mail to a reader who chose a weekly digest is held until the digest takes it in.
 */
public enum MailStatus {
    PENDING,
    RETRYING,
    SENT,
    FAILED,
    HELD,
    DIGESTED
}
