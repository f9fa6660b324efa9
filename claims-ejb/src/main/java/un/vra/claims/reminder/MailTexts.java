package un.vra.claims.reminder;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import un.vra.claims.claim.NextStep;
import un.vra.claims.mail.Mail;
import un.vra.claims.mail.MailKind;
import un.vra.claims.shared.Languages;

/**
 * The text of a reminder mail in its reader's language (any of the six official languages, {@code mails*.properties}), made of
 * the claim's reference, its pseudonym, the step, its due day and a link (for a majority alert, the child's
 * position and the month it comes of age), and nothing else: a mail leaves the application's protection, so it
 * carries no personal data.
 */
public final class MailTexts {

    /** The signature separator before each mail's footer (RFC 3676). */
    private static final String FOOTER_MARK = "\n\n-- \n";

    private MailTexts() {}

    /** The language of a reader: the official language asked for, else English. */
    public static String language(String asked) {
        return Languages.orEnglish(asked);
    }

    /** The weekly digest of the mails held for one reader, in the reader's language, each as it would have gone. */
    public static Mail digest(String email, String language, LocalDate day, List<Mail> held) {
        String lang = language(language);
        Locale locale = Locale.forLanguageTag(lang);
        ResourceBundle texts = ResourceBundle.getBundle("un.vra.claims.reminder.mails", locale);
        Object[] values = {Integer.toString(held.size()), day.toString()};
        StringBuilder body =
                new StringBuilder(new MessageFormat(texts.getString("body.DIGEST"), locale).format(values));
        for (Mail mail : held) {
            String text = mail.body();
            int footer = text.indexOf(FOOTER_MARK);
            body.append("\n\n== ")
                    .append(mail.subject())
                    .append(" ==\n")
                    .append(footer < 0 ? text : text.substring(0, footer));
        }
        body.append(FOOTER_MARK).append(texts.getString("footer")).append('\n');
        String subject = new MessageFormat(texts.getString("subject.DIGEST"), locale).format(values);
        return new Mail(email, lang, subject, body.toString());
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
        ResourceBundle texts = texts(to);
        return compose(kind, to, texts, new Object[] {
            reference,
            pseudonym,
            texts.getString("step." + step.name()),
            due.toString(),
            Long.toString(ChronoUnit.DAYS.between(due, day)),
            link
        });
    }

    /**
     * The alert that a child of a claim comes of age within two years: the child is named by its position on the
     * claim ("child 2") and the month of its majority, never by its name or date of birth.
     */
    public static Mail majority(
            Recipient to, String reference, String pseudonym, int child, YearMonth month, String link) {
        Locale locale = Locale.forLanguageTag(language(to.language()));
        String majority = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        return compose(MailKind.MAJORITY_ALERT, to, texts(to), new Object[] {
            reference, pseudonym, Integer.toString(child), majority, "", link
        });
    }

    private static ResourceBundle texts(Recipient to) {
        return ResourceBundle.getBundle("un.vra.claims.reminder.mails", Locale.forLanguageTag(language(to.language())));
    }

    private static Mail compose(MailKind kind, Recipient to, ResourceBundle texts, Object[] values) {
        String language = language(to.language());
        Locale locale = Locale.forLanguageTag(language);
        String subject = new MessageFormat(texts.getString("subject." + kind.name()), locale).format(values);
        String body = new MessageFormat(texts.getString("body." + kind.name()), locale).format(values) + FOOTER_MARK
                + texts.getString("footer") + "\n";
        return new Mail(to.email(), language, subject, body);
    }
}
