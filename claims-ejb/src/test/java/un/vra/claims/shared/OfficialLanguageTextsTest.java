package un.vra.claims.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mails and the notes verbales say in every official language all that English says, nothing empty, with no
 * placeholder English lacks (a language may phrase around one, as French names the State by its mission), and no
 * single quote that MessageFormat would swallow in a text it formats. After a merge that added English keys the
 * failure lists what each language lacks.
 */
class OfficialLanguageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of("un.vra.claims.reminder.mails", "un.vra.claims.noteverbale.notes")
                .flatMap(bundle -> Languages.OFFICIAL.stream()
                        .filter(language -> !Languages.ENGLISH.equals(language))
                        .map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void everyLanguageSaysWhatEnglishSays(String base, String language) {
        ResourceBundle english = bundle(base, Locale.ROOT);
        ResourceBundle other = bundle(base, Locale.forLanguageTag(language));
        assertEquals(language, other.getLocale().getLanguage(), base + " has no " + language + " file");
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(other.keySet());
        assertTrue(missing.isEmpty(), base + " in " + language + " lacks " + missing);
        List<String> wrong = new ArrayList<>();
        for (String key : english.keySet()) {
            String value = other.getString(key);
            Set<String> own = placeholders(value);
            if (value.isBlank()
                    || !placeholders(english.getString(key)).containsAll(own)
                    || (!own.isEmpty() && LONE_QUOTE.matcher(value).find())) {
                wrong.add(key);
            }
        }
        assertTrue(
                wrong.isEmpty(), base + " in " + language + ": empty, other placeholders or a lone quote in " + wrong);
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(
                base, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
