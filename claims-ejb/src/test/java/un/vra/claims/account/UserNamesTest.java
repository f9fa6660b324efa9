package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

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
    void theContainersNameForACallerWhoDidNotSignInIsNoAccountsNameInAnyCase() {
        assertFalse(UserNames.possible(UserNames.canonical("ANONYMOUS")));
        assertFalse(UserNames.possible("anonymous"));
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> NewAccountRules.check(null, "anonymous", "Long-enough-2026"));
        assertTrue(refused.getMessage().contains("did not sign in"), refused.getMessage());
    }

    @Test
    void theNameAsTypedIsKeptBoundedAndWithoutControlCharacters() {
        assertEquals("ad?min", UserNames.asTyped("ad\u0000min"));
        assertEquals(67, UserNames.asTyped("y".repeat(500)).length());
        assertEquals("", UserNames.canonical(null));
    }
}
