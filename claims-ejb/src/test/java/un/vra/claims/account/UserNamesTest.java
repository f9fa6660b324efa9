package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserNamesTest {

    @Test
    void caseSpacesAccentsAndWideLettersAllFoldToTheNameTheDatabaseWouldFind() {
        for (String typed : new String[] {"admin", "ADMIN", "admin ", " Admin", "\tAdMiN\n", "Ádmin", "ａｄｍｉｎ"}) {
            assertEquals("admin", UserNames.canonical(typed), typed);
        }
        assertEquals("vra.officer", UserNames.canonical("VRA.Officer "));
    }

    @Test
    void onlyAnAllowedShapeIsEverLookedUp() {
        assertTrue(UserNames.possible("focal.npl"));
        assertFalse(UserNames.possible("a\u200bdmin"), "an invisible character makes no account");
        assertFalse(UserNames.possible(UserNames.canonical("x".repeat(10_000))));
        assertFalse(UserNames.possible(""));
    }

    @Test
    void theNameAsTypedIsKeptBoundedAndWithoutControlCharacters() {
        assertEquals("ad?min", UserNames.asTyped("ad\u0000min"));
        assertEquals(67, UserNames.asTyped("y".repeat(500)).length());
        assertEquals("", UserNames.canonical(null));
    }
}
