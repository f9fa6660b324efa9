package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import un.vra.claims.shared.Languages;

class FigureConverterTest {

    /** How each of the six languages writes the threshold 0.8. */
    private static final Map<String, String> EIGHT_TENTHS =
            Map.of("en", "0.8", "fr", "0,8", "es", "0,8", "ru", "0,8", "zh", "0.8", "ar", "0.8");

    private static FigureFormat in(String language) {
        return new FigureFormat(Languages.locale(language), "—");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void aShareIsShownAndReadAsThePagesLanguageWritesIt(String language) throws ParseException {
        String written = EIGHT_TENTHS.get(language);
        assertEquals(written, in(language).editable(0.8));
        assertEquals(0.8, in(language).read(written, false));
        assertEquals(0.75, in(language).read(written.replace("8", "75"), false));
    }

    @Test
    void theOtherLanguagesDecimalSeparatorIsRefusedRatherThanReadInPart() {
        assertThrows(ParseException.class, () -> in("fr").read("0.8", false), "not 0, not 8");
        assertThrows(ParseException.class, () -> in("en").read("0,8", false), "not 8");
        assertThrows(ParseException.class, () -> in("ru").read("0,8,1", false));
        assertThrows(ParseException.class, () -> in("es").read("0,8x", false));
        assertThrows(ParseException.class, () -> in("fr").read("abc", false));
    }

    @Test
    void wholeNumbersAreReadAsWholeNumbersAndSpacesAreIgnored() throws ParseException {
        assertEquals(180, in("fr").read(" 180 ", true));
        assertEquals(1800, in("ru").read("1\u00a0800", true));
        assertEquals("365", in("fr").editable(365));
        assertThrows(ParseException.class, () -> in("fr").read("180,5", true));
        assertThrows(ParseException.class, () -> in("en").read("99999999999", true));
    }

    @Test
    void aRefusalNamesTheFieldRepeatsWhatWasTypedAndShowsANumberAsThePageWritesIt() {
        Locale french = Languages.locale("fr");
        ResourceBundle texts = ResourceBundle.getBundle("un.vra.claims.web.ui.messages", french);
        assertEquals(
                "Seuil\u00a0: « 0.8 » n’est pas un nombre écrit comme sur cette page, par exemple 0,75.",
                FigureConverter.refusal("Seuil", "0.8", false, french, texts));
        Locale english = Languages.locale("en");
        assertEquals(
                "Days: \"180.5\" is not a whole number as this page writes it, for example 90.",
                FigureConverter.refusal(
                        "Days",
                        "180.5",
                        true,
                        english,
                        ResourceBundle.getBundle("un.vra.claims.web.ui.messages", english)));
    }
}
