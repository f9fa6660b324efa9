package un.vra.claims.reminder;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;
import un.vra.claims.claim.NextStep;
import un.vra.claims.mail.Mail;
import un.vra.claims.mail.MailKind;

/**
 * The text of a reminder mail in its reader's language (English or French, {@code mails*.properties}), made of
 * the claim's reference, its pseudonym, the step, its due day and a link, and nothing else: a mail leaves the
 * application's protection, so it carries no personal data.
 */
public final class MailTexts {

    public static final String ENGLISH = "en";
    public static final String FRENCH = "fr";

    private MailTexts() {}

    /** The language of a reader: French when asked for, else English. */
    public static String language(String asked) {
        return FRENCH.equalsIgnoreCase(asked) ? FRENCH : ENGLISH;
    }

    public static Mail mail(
            MailKind kind,
            Recipient to,
            String reference,
            String pseudonym,
            NextStep step,
            LocalDate due,
            LocalDate day,
            String link) {
        String language = language(to.language());
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle("un.vra.claims.reminder.mails", locale);
        Object[] values = {
            reference,
            pseudonym,
            texts.getString("step." + step.name()),
            due.toString(),
            Long.toString(ChronoUnit.DAYS.between(due, day)),
            link
        };
        String subject = new MessageFormat(texts.getString("subject." + kind.name()), locale).format(values);
        String body = new MessageFormat(texts.getString("body." + kind.name()), locale).format(values) + "\n\n-- \n"
                + texts.getString("footer") + "\n";
        return new Mail(to.email(), language, subject, body);
    }
}
