package un.vra.claims.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    @Test
    void caseAccentsAndSpacingDoNotMakeADifferentPerson() {
        assertEquals("amina example", KeyRing.normalise("  Amína \t EXAMPLE "));
        assertEquals(KeyRing.normalise("Zoë Ngoy"), KeyRing.normalise("zoe  ngoy"));
        assertNotEquals(KeyRing.normalise("Zoe Ngoy"), KeyRing.normalise("Zoe Ngoyi"));
        assertEquals("", KeyRing.normalise(null));
    }

    @Test
    void eachKeyHasItsOwnIndexAndASearchLooksUnderEveryUsableKey() {
        KeyRing ring = KeyRingTest.twoKeys().withCurrent(1);
        String underOne = ring.index("Amina Example");
        assertTrue(underOne.matches("1:[0-9a-f]{64}"), underOne);
        assertEquals(underOne, ring.index("  amína   EXAMPLE"));
        String underTwo = ring.withCurrent(2).index("Amina Example");
        assertTrue(underTwo.startsWith("2:"), underTwo);
        assertNotEquals(underOne.substring(2), underTwo.substring(2));
        assertEquals(List.of(underOne, underTwo), ring.indexes("Amina Example"));
        assertEquals(
                List.of(underTwo), ring.withCurrent(2).withRetired(Set.of(1)).indexes("Amina Example"));
        assertNull(ring.index("   "));
        assertEquals(2, KeyRing.keyIdOfIndex(underTwo).getAsInt());
    }
}
