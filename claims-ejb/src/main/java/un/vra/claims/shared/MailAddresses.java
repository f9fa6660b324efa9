package un.vra.claims.shared;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address and of a mail language given by a user: an account's, or a Permanent
 * Mission's. Mails are written in any of the six official languages.
 */
public final class MailAddresses {

    /** The longest address SMTP carries (RFC 5321). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MailAddresses() {}

    /** The address without surrounding spaces, null when none is given; refused when it is no address. */
    public static String checked(String field, String address) {
        String trimmed = address == null || address.isBlank() ? null : address.strip();
        if (trimmed != null
                && (trimmed.length() > MAX_LENGTH || !ADDRESS.matcher(trimmed).matches())) {
            throw new InvalidInputException(field, "not an e-mail address");
        }
        return trimmed;
    }

    /** One of the six official languages ({@link Languages}), English when none is given. */
    public static String language(String field, String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        if (!Languages.isOfficial(language)) {
            throw new InvalidInputException(field, "the language is one of en, fr, es, ru, zh, ar");
        }
        return language;
    }
}
