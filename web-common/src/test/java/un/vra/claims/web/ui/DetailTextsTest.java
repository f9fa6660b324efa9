package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import un.vra.claims.web.error.ErrorTexts;

class DetailTextsTest {

    /** Where the domain records a detail of a step: {@code EventDetails.with("name", value)}. */
    private static final Pattern RECORDED = Pattern.compile("\\.with\\(\"([a-zA-Z]+)\"");

    @Test
    void everyDetailTheDomainRecordsHasALabelInEveryLanguage() throws IOException {
        Set<String> keys = recordedDetails();
        assertFalse(keys.isEmpty(), "the domain's sources were read");
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.FRENCH}) {
            ResourceBundle texts = texts(locale);
            for (String key : keys) {
                assertNotEquals(key, DetailTexts.label(key, texts), key + " has no label in " + locale);
            }
        }
    }

    @Test
    void codedValuesReadAsTheirNamesInTheReadersLanguage() {
        ResourceBundle english = texts(Locale.ROOT);
        assertEquals("Personnel", DetailTexts.label("personnelCategory", english));
        assertEquals("Military observer", DetailTexts.value("personnelCategory", "MILITARY_OBSERVER", english));
        assertEquals("Yes", DetailTexts.value("sealsIntact", "true", english));
        assertEquals("Court order", DetailTexts.value("kind", "COURT_ORDER", english));
        assertEquals("NV/2026/7", DetailTexts.value("noteVerbaleReference", "NV/2026/7", english));
        ResourceBundle french = texts(Locale.FRENCH);
        assertEquals("État Membre", DetailTexts.label("memberState", french));
        assertEquals("RWA", DetailTexts.value("memberState", "RWA", french));
        assertEquals("Non", DetailTexts.value("sealsIntact", "false", french));
    }

    private static Set<String> recordedDetails() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../claims-ejb/src/main/java/un/vra/claims"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                try {
                    Matcher matcher = RECORDED.matcher(Files.readString(path));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return keys;
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                ErrorTexts.BUNDLE,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
