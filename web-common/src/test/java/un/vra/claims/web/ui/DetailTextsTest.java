package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.export.Labels;
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
                assertNotEquals(key, Labels.detail(key, texts), key + " has no label in " + locale);
            }
        }
    }

    @Test
    void codedValuesReadAsTheirNamesInTheReadersLanguage() {
        ResourceBundle english = texts(Locale.ROOT);
        assertEquals("Personnel", Labels.detail("personnelCategory", english));
        assertEquals("Military observer", Labels.detailValue("personnelCategory", "MILITARY_OBSERVER", english));
        assertEquals("Yes", Labels.detailValue("sealsIntact", "true", english));
        assertEquals("Court order", Labels.detailValue("kind", "COURT_ORDER", english));
        assertEquals("NV/2026/7", Labels.detailValue("noteVerbaleReference", "NV/2026/7", english));
        ResourceBundle french = texts(Locale.FRENCH);
        assertEquals("État Membre", Labels.detail("memberState", french));
        assertEquals("RWA", Labels.detailValue("memberState", "RWA", french));
        assertEquals("Non", Labels.detailValue("sealsIntact", "false", french));
    }

    @Test
    void aStepsDetailsAndAmountReadOnOneLineSeparatedAsTheLanguageWritesThemNothingAfterTheLast() {
        Map<String, String> transfer = new LinkedHashMap<>();
        transfer.put("kitId", "K-1");
        transfer.put("sealNumber", "SEAL-F");
        transfer.put("to", "Courier");
        TimelineEntry handOver = step(transfer, null, null);
        assertEquals(
                "Seal number: SEAL-F; To: Courier", Labels.stepDetails(handOver, texts(Locale.ROOT), Set.of("kitId")));
        assertEquals(
                "رقم الختم: SEAL-F؛ إلى: Courier",
                Labels.stepDetails(handOver, texts(Locale.forLanguageTag("ar")), Set.of("kitId")));
        assertEquals(
                "检测盒：K-1；封条编号：SEAL-F；接收人：Courier",
                Labels.stepDetails(handOver, texts(Locale.forLanguageTag("zh")), Set.of()));
        TimelineEntry payment = step(Map.of("payer", "Ministry"), new BigDecimal("150.00"), "USD");
        assertEquals("Payer: Ministry; 150.00 USD", Labels.stepDetails(payment, texts(Locale.ROOT), Set.of()));
        assertEquals(
                "150.00 USD",
                Labels.stepDetails(step(Map.of(), new BigDecimal("150.00"), "USD"), texts(Locale.ROOT), Set.of()));
        assertEquals("", Labels.stepDetails(step(null, null, null), texts(Locale.ROOT), Set.of()));
    }

    @Test
    void frenchDetailsHaveANoBreakSpaceBeforeEachColonAndSemicolon() {
        Map<String, String> transfer = new LinkedHashMap<>();
        transfer.put("sealNumber", "SEAL-F");
        transfer.put("to", "Courier");
        ResourceBundle french = texts(Locale.FRENCH);
        String line = Labels.stepDetails(step(transfer, new BigDecimal("150.00"), "USD"), french, Set.of());
        assertEquals("Numéro de scellé\u00a0: SEAL-F\u00a0; À\u00a0: Courier\u00a0; 150.00 USD", line);
    }

    private static TimelineEntry step(Map<String, String> details, BigDecimal amount, String currency) {
        return new TimelineEntry(
                1L,
                LocalDate.of(2026, 1, 2),
                Instant.EPOCH,
                false,
                "vra.officer",
                null,
                null,
                ClaimAction.ADD_COMMENT,
                ClaimStatus.RECEIVED,
                Audience.UN_ONLY,
                details,
                amount,
                currency);
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
