package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Sex;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.contact.ConsentDecision;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.ConsentState;
import un.vra.claims.contact.ContactChannel;
import un.vra.claims.contact.ContactOutcome;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.MailStatus;

class MessagesTest {

    private static final String BASE = "un.vra.claims.web.ui.messages";
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    /**
     * Texts that may read as in English: the languages' own names, a dash, bare placeholders, and words some
     * languages share with English (Spanish "bytes", "Auditor", "Total").
     */
    private static final Pattern MAY_READ_AS_IN_ENGLISH = Pattern.compile(
            "language\\.(en|fr|es|ru|zh|ar)|figure\\.none|error\\.DOCUMENT_REJECTED|public\\.side|document\\.bytes"
                    + "|role\\.AUDITOR|moneyReport\\.total");

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BASE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet());
    }

    /**
     * Every language says everything English says, nothing empty, with the same placeholders ({@code {0}},
     * {@code {1,number,integer}}). After a merge that added English keys, this test lists every key a language
     * lacks, so that the translators know what to add: {@code mvn -o -q test -pl web-common -Dtest=MessagesTest}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyLanguageSaysEverythingEnglishSaysWithTheSamePlaceholders(String language) {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle other = bundle(Locale.forLanguageTag(language));
        assertEquals(language, other.getLocale().getLanguage(), "there is no messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(ownKeys(language));
        Set<String> extra = new TreeSet<>(other.keySet());
        extra.removeAll(english.keySet());
        List<String> empty = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (String key : english.keySet()) {
            if (!other.keySet().contains(key)) {
                continue;
            }
            String value = other.getString(key);
            if (value.isBlank()) {
                empty.add(key);
            }
            if (!placeholders(english.getString(key)).equals(placeholders(value))) {
                placeholders.add(key);
            }
            if (!placeholders(value).isEmpty() && LONE_QUOTE.matcher(value).find()) {
                quotes.add(key);
            }
        }
        assertTrue(missing.isEmpty(), language + " lacks " + missing.size() + " keys: " + missing);
        assertTrue(extra.isEmpty(), language + " has keys English lacks: " + extra);
        assertTrue(empty.isEmpty(), language + " leaves empty: " + empty);
        assertTrue(placeholders.isEmpty(), language + " changes the placeholders of: " + placeholders);
        assertTrue(quotes.isEmpty(), language + " has a single quote (MessageFormat wants two) in: " + quotes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ru", "zh", "ar"})
    void noPageOfAnotherLanguageIsLeftInEnglish(String language) {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle other = bundle(Locale.forLanguageTag(language));
        List<String> untranslated = english.keySet().stream()
                .filter(other::containsKey)
                .filter(key -> !MAY_READ_AS_IN_ENGLISH.matcher(key).matches())
                .filter(key -> english.getString(key).matches(".*\\p{L}{4,}.*"))
                .filter(key -> english.getString(key).equals(other.getString(key)))
                .toList();
        assertTrue(untranslated.isEmpty(), language + " repeats the English of: " + untranslated);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BASE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The arguments a text prints, as {@code {1,number,integer}}, also those nested in a choice: a choice itself
     * prints none, and its limits and wording are the language's own (Russian and Arabic count otherwise than
     * English), so only the arguments its branches print count. A quoted brace is text.
     */
    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int end = closingBrace(text, i);
                argument(text.substring(i + 1, end), found);
                i = end;
            }
        }
        return found;
    }

    private static void argument(String argument, Set<String> found) {
        String[] parts = argument.split(",", 3);
        if (parts.length == 3 && parts[1].strip().equals("choice")) {
            for (String branch : parts[2].split("\\|")) {
                found.addAll(placeholders(branch.replaceFirst("^[^#<\u2264]*[#<\u2264]", "")));
            }
        } else {
            found.add("{" + argument.replace(" ", "") + "}");
        }
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed brace in " + text);
    }

    @Test
    void theArgumentsOfAChoiceAreThoseItsBranchesPrint() {
        String english = "{0}: {1,choice,0#0 States|1#1 State|1<{1,number,integer} States}";
        assertEquals(Set.of("{0}", "{1,number,integer}"), placeholders(english));
        assertEquals(
                placeholders(english), placeholders("{0} : {1,choice,0#0 État|1#1 État|1<{1,number,integer} États}"));
        assertEquals(Set.of("{0}"), placeholders("'{1}' is quoted, ''{0} is not"));
    }

    /** The keys a language's own file holds, without those its bundle takes from English. */
    private static Set<String> ownKeys(String language) {
        String file = "/" + BASE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, "there is no " + file);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyValueShownOnAPageHasALabel() {
        Set<String> keys = keys(Locale.ROOT);
        List<String> needed = new ArrayList<>();
        for (ClaimStatus value : ClaimStatus.values()) {
            needed.add("status." + value);
        }
        for (WhoseTurn value : WhoseTurn.values()) {
            needed.add("turn." + value);
        }
        for (NextStep value : NextStep.values()) {
            needed.add("step." + value);
        }
        for (PersonnelCategory value : PersonnelCategory.values()) {
            needed.add("category." + value);
        }
        for (ClaimType value : ClaimType.values()) {
            needed.add("type." + value);
        }
        for (PaternityOutcome value : PaternityOutcome.values()) {
            needed.add("outcome." + value);
        }
        labels(needed, "action.", ClaimAction.values());
        labels(needed, "event.", ClaimAction.values());
        labels(needed, "sex.", Sex.values());
        labels(needed, "childSex.", Sex.values());
        for (AgeBand value : AgeBand.values()) {
            needed.add("band." + value.key());
        }
        labels(needed, "contactChannel.", ContactChannel.values());
        labels(needed, "contactOutcome.", ContactOutcome.values());
        labels(needed, "consentKind.", ConsentKind.values());
        labels(needed, "consentState.", ConsentState.values());
        labels(needed, "consentState.", ConsentDecision.values());
        labels(needed, "mailKind.", MailKind.values());
        labels(needed, "mailStatus.", MailStatus.values());
        List<String> missing =
                needed.stream().filter(key -> !keys.contains(key)).toList();
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    private static void labels(List<String> needed, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            needed.add(prefix + value);
        }
    }
}
