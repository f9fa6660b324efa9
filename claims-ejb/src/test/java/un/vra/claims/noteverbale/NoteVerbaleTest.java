package un.vra.claims.noteverbale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.AllegedFather;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClaimantWishes;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.Sex;
import un.vra.claims.export.LetterPdf;
import un.vra.claims.export.PdfText;
import un.vra.claims.shared.Languages;

/** The note verbale's words: the Secretariat's form, the note's and the claim's references, and no personal data. */
class NoteVerbaleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final List<String> PERSONAL_DATA =
            List.of("Amina Claimant", "+243 81 555 0101", "Baby Kanza", "Sergeant Father", "SN-998877", "Unit 7");

    private static Claim claim() {
        return new Claim(
                ClaimReference.of(2026, 42),
                new NewClaim(
                        LocalDate.of(2026, 11, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        "SEA-1",
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL",
                        "Amina Claimant",
                        "+243 81 555 0101",
                        List.of(new NewChild("Baby Kanza", 2025, Sex.FEMALE)),
                        new AllegedFather("Sergeant Father", "NPL", "SN-998877", "Unit 7", null, null),
                        new ClaimantWishes(false, null)),
                OFFICER);
    }

    private static NoteVerbale note(Claim claim, NoteVerbale.Purpose purpose, String language) {
        return NoteVerbale.about(
                claim,
                "VRA/NV/2026/000123",
                purpose,
                language,
                Languages.stateName("NPL", "Nepal", language),
                NextStep.ACKNOWLEDGE,
                LocalDate.of(2027, 1, 1),
                TODAY);
    }

    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of(
                        NoteVerbale.Purpose.NOTIFICATION,
                        "en",
                        List.of(
                                "The Secretariat of the United Nations presents its compliments to the Permanent"
                                        + " Mission of Nepal to the United Nations and has the honour to notify it",
                                "The Secretariat of the United Nations avails itself of this opportunity to renew to"
                                        + " the Permanent Mission of Nepal the assurances of its highest consideration.",
                                "Reference: VRA/NV/2026/000123",
                                "Claim: PC-2026-0042",
                                "taken by 1 January 2027: acknowledge the notification."),
                        "New York, 2 December 2026"),
                Arguments.of(
                        NoteVerbale.Purpose.MISSION_COPY,
                        "fr",
                        List.of(
                                "Le Secrétariat de l'Organisation des Nations Unies présente ses compliments à la"
                                        + " Mission permanente (Népal) auprès de l'Organisation des Nations Unies et a"
                                        + " l'honneur d'appeler son attention",
                                "saisit cette occasion pour renouveler à la Mission permanente (Népal) les"
                                        + " assurances de sa très haute considération.",
                                "Référence\u00a0: VRA/NV/2026/000123",
                                "Demande\u00a0: PC-2026-0042",
                                "depuis le 1 janvier 2027 l'étape suivante de l'État Membre\u00a0: accuser réception"),
                        "New York, le 2 décembre 2026"));
    }

    @ParameterizedTest
    @MethodSource("notes")
    void aNoteIsInTheSecretariatsFormWithBothReferencesThePseudonymAndTheStepAskedFor(
            NoteVerbale.Purpose purpose, String language, List<String> phrases, String placeAndDate) {
        Claim claim = claim();
        String text = note(claim, purpose, language).text();
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), phrase + " in\n" + text);
        }
        assertTrue(text.contains(claim.claimantPseudonym()), "the pseudonym");
        assertTrue(text.endsWith(placeAndDate), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void noNoteHoldsAnyPersonalDataOfTheClaim(String language) throws IOException {
        Claim claim = claim();
        for (NoteVerbale.Purpose purpose : NoteVerbale.Purpose.values()) {
            NoteVerbale note = note(claim, purpose, language);
            String pdf = PdfText.of(LetterPdf.write(note.letter()));
            for (String text : List.of(note.text(), pdf)) {
                for (String personal : PERSONAL_DATA) {
                    assertFalse(text.contains(personal), personal + " in the " + language + " note");
                }
            }
            assertTrue(pdf.replaceAll("\\s+", "").contains("VRA/NV/2026/000123"));
            assertTrue(pdf.replaceAll("\\s+", "").contains("PC-2026-0042"));
        }
    }

    @Test
    void everyStepIsNamedInEveryOfficialLanguage() {
        for (Locale locale :
                Languages.OFFICIAL.stream().map(Locale::forLanguageTag).toList()) {
            ResourceBundle texts = ResourceBundle.getBundle(
                    "un.vra.claims.noteverbale.notes",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (NextStep step : NextStep.values()) {
                assertTrue(texts.containsKey("step." + step.name()), step + " in " + locale);
            }
        }
    }
}
