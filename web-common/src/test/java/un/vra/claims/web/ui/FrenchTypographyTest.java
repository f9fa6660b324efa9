package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * French puts a no-break space before ":", ";", "?" and "!" ("Motif : ...", "Rappel : demande ..."): on the pages, in
 * the mails and in the notes verbales. A sign that ends a word or stands after an ordinary space is a typo; only the
 * HTTP header that the tokens page quotes as a program writes it keeps its own colon.
 */
class FrenchTypographyTest {

    /** A sign after anything but a no-break space (U+00A0, or the narrow U+202F), where a space follows it. */
    private static final Pattern WITHOUT_NO_BREAK_SPACE = Pattern.compile("[^\\u00a0\\u202f][:;?!](?=\\s|$)");

    /** Written as a program sends it, not as French prose. */
    private static final String QUOTED_HEADER = "Authorization: Bearer";

    @Test
    void everyFrenchColonSemicolonQuestionAndExclamationMarkHasANoBreakSpaceBeforeIt() {
        List<String> wrong = Texts.of("fr").entrySet().stream()
                .filter(text -> WITHOUT_NO_BREAK_SPACE
                        .matcher(text.getValue().replace(QUOTED_HEADER, ""))
                        .find())
                .map(Map.Entry::getKey)
                .toList();
        assertTrue(wrong.isEmpty(), "no no-break space before a sign in " + wrong);
    }
}
