package un.vra.claims.dev;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server on the machine (GreenMail), for the run command and the integration tests, so that the
 * application's mails go out over SMTP exactly as in production and can be read back: by the tests through
 * {@link #received()}, by a newcomer with any IMAP client (user: the recipient's address, any password). Each
 * recipient's mailbox is created when its first mail arrives.
 */
public final class LocalMailServer {

    private static LocalMailServer running;

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private LocalMailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Starts the server on these ports (IMAP beside SMTP), and keeps it as the one this JVM runs. */
    public static synchronized LocalMailServer start(int smtpPort, int imapPort) {
        LocalMailServer server = new LocalMailServer(smtpPort, imapPort);
        server.greenMail.start();
        running = server;
        return server;
    }

    /** The server this JVM started; the tests stop it and start it again to see mails wait in the outbox. */
    public static synchronized LocalMailServer running() {
        if (running == null) {
            throw new IllegalStateException("No local mail server was started");
        }
        return running;
    }

    /** Starts a stopped server again, on the same ports, with empty mailboxes. */
    public static synchronized LocalMailServer restart() {
        LocalMailServer stopped = running();
        return start(stopped.smtpPort, stopped.imapPort);
    }

    public void stop() {
        greenMail.stop();
    }

    /** Every mail received since the start or the last {@link #clear()}, in the order they arrived. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the local mailboxes", e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }
}
