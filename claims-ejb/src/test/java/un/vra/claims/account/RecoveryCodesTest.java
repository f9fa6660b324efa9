package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void aCodeHas120BitsInSixGroupsOfFourAndNoLookAlikes() {
        String code = RecoveryCodes.newCode();
        assertTrue(code.matches("([0-9a-hjkmnp-tv-z]{4}-){5}[0-9a-hjkmnp-tv-z]{4}"), code);
        assertNotEquals(code, RecoveryCodes.newCode());
    }

    @Test
    void aCodeIsRecognisedWhateverItsCaseSpacesDashesAndLookAlikes() {
        String stored = RecoveryCodes.normalized("0a1b-2c3d-4e5f-6g7h-8j9k-mnpq");
        assertEquals(stored, RecoveryCodes.normalized(" OA1B 2C3D-4E5F 6G7H 8J9K MNPQ "));
        assertEquals(stored, RecoveryCodes.normalized("oaib-2c3d-4e5f-6g7h-8j9k-mnpq"));
        assertEquals("", RecoveryCodes.normalized("x".repeat(100)), "a long text is no code");
    }

    @Test
    void tokensAreLongRandomAndRecognisableAndOnlyTheirDigestIsStored() {
        String token = ApiTokens.newToken();
        assertTrue(ApiTokens.wellFormed(token), token);
        assertEquals(47, token.length());
        assertTrue(!ApiTokens.wellFormed(token + "x") && !ApiTokens.wellFormed("Bearer " + token));
        assertEquals(64, Secrets.sha256(token).length());
        assertNotEquals(token, ApiTokens.newToken());
    }
}
