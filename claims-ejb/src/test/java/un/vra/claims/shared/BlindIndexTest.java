package un.vra.claims.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    @Test
    void caseAccentsAndSpacingDoNotMakeADifferentPerson() {
        assertEquals("amina example", BlindIndex.normalise("  Amína \t EXAMPLE "));
        assertEquals(BlindIndex.normalise("Zoë Ngoy"), BlindIndex.normalise("zoe  ngoy"));
        assertNotEquals(BlindIndex.normalise("Zoe Ngoy"), BlindIndex.normalise("Zoe Ngoyi"));
        assertEquals("", BlindIndex.normalise(null));
    }
}
