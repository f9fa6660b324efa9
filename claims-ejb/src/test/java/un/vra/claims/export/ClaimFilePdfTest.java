package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.Sex;
import un.vra.claims.claim.SupportArrangement;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.claim.application.ClaimDetails;
import un.vra.claims.claim.application.ClaimDetails.ChildView;
import un.vra.claims.claim.application.ClaimDetails.ClaimantView;
import un.vra.claims.claim.application.ClaimDetails.DnaView;
import un.vra.claims.claim.application.ClaimDetails.FatherView;
import un.vra.claims.claim.application.ClaimDetails.SupportView;
import un.vra.claims.claim.application.ClaimDetails.WishesView;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.claim.application.WithheldFigures;

class ClaimFilePdfTest {

    private static final List<TimelineEntry> TIMELINE = List.of(
            new TimelineEntry(
                    1L,
                    LocalDate.of(2024, 3, 1),
                    Instant.parse("2024-03-01T09:00:00Z"),
                    false,
                    "vra.officer",
                    "VRA_OFFICER",
                    null,
                    ClaimAction.REGISTER,
                    ClaimStatus.RECEIVED,
                    Audience.SHARED,
                    Map.of(),
                    null,
                    null),
            new TimelineEntry(
                    2L,
                    LocalDate.of(2024, 3, 10),
                    Instant.parse("2024-03-10T09:00:00Z"),
                    false,
                    "vra.officer",
                    "VRA_OFFICER",
                    "Mission focal point",
                    ClaimAction.NOTIFY_MEMBER_STATE,
                    ClaimStatus.NOTIFIED,
                    Audience.SHARED,
                    Map.of("noteVerbaleReference", "NV-2024-17"),
                    null,
                    null),
            new TimelineEntry(
                    3L,
                    LocalDate.of(2024, 9, 1),
                    Instant.parse("2024-09-01T09:00:00Z"),
                    false,
                    "npl.focal",
                    "FOCAL_POINT",
                    null,
                    ClaimAction.RECORD_PAYMENT,
                    ClaimStatus.SUPPORT_ARRANGED,
                    Audience.SHARED,
                    Map.of("payer", "Ministère de la Défense"),
                    new BigDecimal("150.00"),
                    "USD"));

    /** A claim on the Member State route with support arranged, as a VRA officer or as a focal point reads it. */
    private static ClaimDetails claim(boolean vra) {
        return new ClaimDetails(
                "PC-2024-0001",
                LocalDate.of(2024, 3, 1),
                ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                "MONUSCO",
                "SEA-2024-001",
                PersonnelCategory.MILITARY_CONTINGENT,
                Route.MEMBER_STATE,
                "NPL",
                ClaimStatus.SUPPORT_ARRANGED,
                PaternityOutcome.ESTABLISHED,
                null,
                null,
                WhoseTurn.MEMBER_STATE,
                NextStep.RECORD_PAYMENT,
                null,
                false,
                270,
                200,
                60,
                10,
                new ClaimantView("Claimant-7K2", vra ? "Amélie Mbuyi" : null, vra ? "+243 81 000 0000" : null),
                List.of(new ChildView("Child-3QX", vra ? "Grâce Mbuyi" : null, 2023, Sex.FEMALE, null, "2041-07", 1)),
                new FatherView("Sgt. R. Example", "NPL", "NA-4411", "NEPBATT 2", LocalDate.of(2022, 5, 1), null),
                vra ? new WishesView(true, "Prefers calls after 17:00") : null,
                new DnaView(
                        "KIT-9",
                        "Laboratoire de Genève",
                        "S-C",
                        null,
                        "S-F",
                        LocalDate.of(2024, 6, 1),
                        true,
                        List.of()),
                new SupportView(
                        SupportArrangement.Kind.AGREEMENT,
                        new BigDecimal("150.00"),
                        "USD",
                        SupportArrangement.Frequency.MONTHLY,
                        LocalDate.of(2024, 8, 1),
                        new BigDecimal("150.00"),
                        new BigDecimal("300.00"),
                        new BigDecimal("150.00"),
                        vra ? new BigDecimal("400.00") : null),
                List.of(),
                Set.of(ClaimAction.RECORD_PAYMENT),
                Instant.parse("2024-09-01T09:00:00Z"),
                7,
                "COD",
                vra
                        ? List.of(
                                WithheldFigures.of(
                                        "CHF", new BigDecimal("700.00"), new BigDecimal("300.00"), BigDecimal.ZERO),
                                WithheldFigures.of(
                                        "USD", new BigDecimal("500.00"), BigDecimal.ZERO, new BigDecimal("100.00")))
                        : null);
    }

    /** The document's text in English without white space, since the layout decides where lines break. */
    private static String text(ClaimDetails claim) throws IOException {
        return text(claim, "");
    }

    private static String text(ClaimDetails claim, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClaimFilePdf.write(claim, TIMELINE, texts(language), out);
        return PdfExportTest.text(out.toByteArray()).replaceAll("\\s+", "");
    }

    /**
     * The application's texts as the web modules hold them ({@code messages.properties}, {@code messages_fr...}):
     * the EJB module gets them from its caller, so the test reads the same file.
     */
    private static ResourceBundle texts(String language) throws IOException {
        Path file = Path.of("../web-common/src/main/resources/un/vra/claims/web/ui/messages"
                + (language.isEmpty() ? "" : "_" + language) + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader) {
                /** The language of the file, as the bundles of the pages have it: it chooses the separators. */
                @Override
                public Locale getLocale() {
                    return Locale.forLanguageTag(language);
                }
            };
        }
    }

    private static void assertShows(String text, String expected) {
        assertTrue(text.contains(expected.replaceAll("\\s+", "")), () -> "no \"" + expected + "\" in " + text);
    }

    private static void assertHides(String text, String unexpected) {
        assertFalse(text.contains(unexpected.replaceAll("\\s+", "")), () -> "\"" + unexpected + "\" in " + text);
    }

    @Test
    void theFileShowsTheReferenceSummaryPanelsAndTimeline() throws IOException {
        String text = text(claim(true));
        assertShows(text, "Claim PC-2024-0001");
        assertShows(text, "Support arranged");
        assertShows(text, "Days with the Member State 200");
        assertShows(text, "Personnel Military contingent");
        assertShows(text, "Laboratoire de Genève");
        assertShows(text, "Paid so far 150.00 USD");
        assertShows(text, "Member State notified");
        assertHides(text, "Notify the Member State");
        assertShows(text, "on behalf of Mission focal point");
        assertShows(text, "Payer: Ministère de la Défense; 150.00 USD");
        assertHides(text, "VRA_OFFICER");
        assertFalse(text.matches(".*[A-Z]{2,}_[A-Z]{2,}.*"), () -> "an enum constant in " + text);
        assertShows(text, "As recorded on 2024-09-01 09:00 UTC (version 7)");
    }

    @Test
    void aVraReaderSeesWhatTheStatesBookHoldsForTheClaimPerCurrencyAndAFocalPointNothingOfIt() throws IOException {
        String text = text(claim(true));
        assertShows(text, "Reimbursements withheld (CHF) 400.00 CHF");
        assertShows(text, "Reimbursements withheld (USD) 400.00 USD");
        assertHides(text(claim(false)), "Reimbursements withheld");
    }

    @Test
    void aVraReaderSeesTheNamesTheRecordHolds() throws IOException {
        String text = text(claim(true));
        assertShows(text, "Amélie Mbuyi");
        assertShows(text, "+243 81 000 0000");
        assertShows(text, "Grâce Mbuyi");
        assertShows(text, "Prefers calls after 17:00");
    }

    @Test
    void aFocalPointsCopyHasPseudonymsAndNoEmptyNameOrContactLines() throws IOException {
        String text = text(claim(false));
        assertShows(text, "Claimant-7K2");
        assertShows(text, "Child-3QX");
        assertHides(text, "Mbuyi");
        assertHides(text, "Contact");
        assertHides(text, "Notes");
        assertHides(text, "Mother's sample seal");
        // The alleged father belongs to the focal point's own State: his details are theirs to see.
        assertShows(text, "Sgt. R. Example");
    }

    @Test
    void aFrenchReaderReadsTheFileInFrench() throws IOException {
        String text = text(claim(true), "fr");
        assertShows(text, "Demande PC-2024-0001");
        assertShows(text, "Notification de l'État Membre");
        assertShows(text, "Payeur\u00a0: Ministère de la Défense\u00a0; 150.00 USD");
        assertShows(text, "Tel qu'enregistré le 2024-09-01 09:00 UTC (version 7)");
        assertHides(text, "Days with the Member State");
    }

    @Test
    void aRussianReaderReadsTheFileInCyrillic() throws IOException {
        String text = text(claim(true), "ru");
        assertShows(text, "Заявление PC-2024-0001");
        assertShows(text, "Уведомление государства-члена");
        assertHides(text, "Уведомить государство-член");
        assertShows(text, "Дней у государства-члена 200");
        assertHides(text, "?");
    }

    @Test
    void aChineseReaderReadsTheFileInChinese() throws IOException {
        String text = text(claim(true), "zh");
        assertShows(text, "申诉 PC-2024-0001");
        assertShows(text, "已通知会员国");
        assertShows(text, "已安排抚养费");
        assertHides(text, "?");
    }

    /**
     * Arabic is shaped (each letter in its joined form, as Unicode's presentation forms) and written right to left:
     * copied out of the PDF in the order it is drawn, each Arabic run reads backwards, and in its normal form
     * (NFKC) it is the text of the page.
     */
    @Test
    void anArabicReaderReadsTheFileShapedAndRightToLeft() throws IOException {
        String text = text(claim(true), "ar");
        assertTrue(text.chars().anyMatch(letter -> letter >= 0xFE70 && letter <= 0xFEFF), "shaped Arabic letters");
        String read = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (String arabic : List.of("المطالبة", "الدولة العضو", "الخطوة التالية", "دفع النفقة")) {
            String drawn =
                    new StringBuilder(arabic.replaceAll("\\s+", "")).reverse().toString();
            assertTrue(read.contains(drawn), () -> "no " + arabic + " in " + read);
        }
        assertShows(text, "PC-2024-0001");
        assertHides(text, "?");
    }
}
