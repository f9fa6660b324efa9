package un.vra.claims.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void anyOfTheSixIsKeptAndAnythingElseIsEnglish() {
        assertEquals("zh", Languages.orEnglish(" ZH "));
        assertEquals("ar", Languages.orEnglish("ar"));
        assertEquals("en", Languages.orEnglish("de"));
        assertEquals("en", Languages.orEnglish(null));
        assertFalse(Languages.isOfficial("AR"), "codes are lower case");
    }

    @Test
    void numbersFollowTheLanguageAndArabicWritesTheDigitsZeroToNine() {
        assertEquals(
                "1\u202f234,5",
                NumberFormat.getNumberInstance(Languages.locale("fr")).format(1234.5));
        assertEquals(
                "1,234.5",
                NumberFormat.getNumberInstance(Languages.locale("en")).format(1234.5));
        assertTrue(NumberFormat.getNumberInstance(Languages.locale("ar"))
                .format(1234.5)
                .matches("1.234.5"));
        assertEquals("ar", Languages.locale("ar").getLanguage());
        assertTrue(Languages.isRightToLeft("ar"));
        assertFalse(Languages.isRightToLeft("zh"));
    }

    @Test
    void listsAreJoinedAsEachLanguageWritesThem() {
        assertEquals("a, b", Languages.joinList("en", List.of("a", "b")));
        assertEquals("a, b", Languages.joinList("fr", List.of("a", "b")));
        assertEquals("a، b", Languages.joinList("ar", List.of("a", "b")));
        assertEquals("a、b", Languages.joinList("zh", List.of("a", "b")));
        assertEquals("a", Languages.joinList("ar", List.of("a")));
    }

    @Test
    void labelledFieldsOnOneLineAreSeparatedAsEachLanguageWritesThem() {
        assertEquals("; ", Languages.fieldSeparator("en"));
        assertEquals("; ", Languages.fieldSeparator(""));
        assertEquals("؛ ", Languages.fieldSeparator("ar"));
        assertEquals("；", Languages.fieldSeparator("zh"));
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeTheColonAndTheSemicolonOfLabelledFields() {
        assertEquals("\u00a0; ", Languages.fieldSeparator("fr"));
        assertEquals("\u00a0: ", Languages.labelSeparator("fr"));
        assertEquals("Mission\u00a0: MONUSCO", Languages.labelled(Locale.FRENCH, "Mission", "MONUSCO"));
        assertEquals("Mission: MONUSCO", Languages.labelled(Locale.ENGLISH, "Mission", "MONUSCO"));
        assertEquals("Mission: MONUSCO", Languages.labelled(Locale.ROOT, "Mission", "MONUSCO"));
        assertEquals("特派团：MONUSCO", Languages.labelled(Locale.CHINESE, "特派团", "MONUSCO"));
        assertEquals(": ", Languages.labelSeparator("ar"));
    }

    @Test
    void aStateKeepsItsEnglishNameInEnglishAndTakesItsNameInEachOtherLanguage() {
        assertEquals("South Africa", Languages.stateName("ZAF", "South Africa", "en"));
        assertEquals("Afrique du Sud", Languages.stateName("ZAF", "South Africa", "fr"));
        assertEquals("Nowhere", Languages.stateName("QQQ", "Nowhere", "fr"));
        assertEquals("Sudáfrica", Languages.stateName("ZAF", "South Africa", "es"));
        assertEquals("Южно-Африканская Республика", Languages.stateName("ZAF", "South Africa", "ru"));
        assertEquals("南非", Languages.stateName("ZAF", "South Africa", "zh"));
        assertEquals("جنوب أفريقيا", Languages.stateName("ZAF", "South Africa", "ar"));
    }
}
