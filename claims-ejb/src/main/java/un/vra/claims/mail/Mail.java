package un.vra.claims.mail;

import java.util.Objects;

/**
 * One mail as it will be sent: to one address, in its reader's language. Its text is built from the mail texts
 * and the claim's reference, pseudonym, step and due day alone, so that no personal data leaves by mail.
 */
public record Mail(String recipient, String language, String subject, String body) {

    public Mail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
