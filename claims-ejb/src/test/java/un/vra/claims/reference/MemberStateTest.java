package un.vra.claims.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A State's name as a reader of each of the six languages reads it. */
class MemberStateTest {

    @Test
    void aStateKeepsItsEnglishNameInEnglishAndTakesItsNameInEachOtherLanguage() {
        assertEquals("South Africa", MemberState.nameIn("ZAF", "South Africa", "en"));
        assertEquals("Afrique du Sud", MemberState.nameIn("ZAF", "South Africa", "fr"));
        assertEquals("Nowhere", MemberState.nameIn("QQQ", "Nowhere", "fr"));
        assertEquals("Sudáfrica", MemberState.nameIn("ZAF", "South Africa", "es"));
        assertEquals("Южно-Африканская Республика", MemberState.nameIn("ZAF", "South Africa", "ru"));
        assertEquals("南非", MemberState.nameIn("ZAF", "South Africa", "zh"));
        assertEquals("جنوب أفريقيا", MemberState.nameIn("ZAF", "South Africa", "ar"));
    }
}
