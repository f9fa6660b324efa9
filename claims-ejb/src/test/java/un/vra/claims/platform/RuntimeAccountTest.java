package un.vra.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeAccountTest {

    @Test
    void grantsOnEveryDatabaseOnOursOrOnAPatternMatchingOursConcernIt() {
        assertTrue(RuntimeAccount.concerns("*", "claims"));
        assertTrue(RuntimeAccount.concerns("claims", "claims"));
        assertTrue(RuntimeAccount.concerns("cl%", "claims"));
        assertTrue(RuntimeAccount.concerns("claim_", "claims"));
    }

    @Test
    void grantsOnOtherDatabasesSuchAsTheTestOnesOfAFreshServerDoNot() {
        assertFalse(RuntimeAccount.concerns("test", "claims"));
        assertFalse(RuntimeAccount.concerns("test\\_%", "claims"));
        assertFalse(RuntimeAccount.concerns("claims\\_%", "claims"));
        assertFalse(RuntimeAccount.concerns("vra_embedded_demo", "claims"));
    }

    @Test
    void anAccountIsQuotedForAGrantEvenWithQuotesInItsName() {
        assertEquals("'claims'@'127.0.0.1'", RuntimeAccount.quoted("claims@127.0.0.1"));
        assertEquals("'o''brien'@'%'", RuntimeAccount.quoted("o'brien@%"));
    }
}
