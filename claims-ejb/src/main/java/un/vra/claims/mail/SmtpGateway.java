package un.vra.claims.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Hands a mail to the SMTP server of the server's JavaMail session {@value #SESSION} (created by the run command,
 * the test environment, or the operator with {@code asadmin create-javamail-resource}). The session is looked up
 * at each send rather than injected, so that the application deploys without it and its mails wait in the outbox,
 * each attempt saying why, until an operator creates it.
 */
@ApplicationScoped
public class SmtpGateway {

    static final String SESSION = "mail/claims";

    /** The SMTP server's answer to a mail it accepted, sent under {@code messageId} (every attempt the same). */
    public String send(Mail mail, String messageId) throws MailNotSent {
        Session session = session();
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", mail.language());
            message.setSentDate(new Date());
            message.saveChanges();
            try (Transport transport = session.getTransport(message.getAllRecipients()[0])) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
                return lastAnswer(transport);
            }
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            throw new MailNotSent(answer(e), invalid != null && invalid.length > 0);
        } catch (MessagingException e) {
            throw new MailNotSent(answer(e), false);
        }
    }

    private static Session session() throws MailNotSent {
        try {
            return InitialContext.doLookup(SESSION);
        } catch (NamingException e) {
            throw new MailNotSent("no JavaMail session " + SESSION + " on this server", false);
        }
    }

    /**
     * The SMTP transport keeps the server's last reply line, but only as a method of its implementation class,
     * which the API does not name; it is read by name so that the application does not compile against one
     * implementation of Jakarta Mail.
     */
    private static String lastAnswer(Transport transport) {
        try {
            Object answer =
                    transport.getClass().getMethod("getLastServerResponse").invoke(transport);
            return answer == null ? "accepted" : answer.toString();
        } catch (ReflectiveOperationException e) {
            return "accepted";
        }
    }

    private static String answer(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null) {
            text.append(": ").append(next.getMessage());
        }
        return text.toString();
    }

    /** The server did not take the mail; {@code permanent} when it refused the address itself. */
    public static final class MailNotSent extends Exception {

        private final boolean permanent;

        MailNotSent(String answer, boolean permanent) {
            super(answer);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
