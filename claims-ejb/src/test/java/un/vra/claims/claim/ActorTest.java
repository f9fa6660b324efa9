package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class ActorTest {

    @Test
    void aNameOnWhoseBehalfAnEventIsRecordedIsBoundedWhateverPageOrApiItComesFrom() {
        String longest = "é".repeat(Actor.MAX_ON_BEHALF_OF);
        assertEquals(longest, new Actor("vra.officer", "VRA_OFFICER", longest).onBehalfOf());
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> new Actor("vra.officer", "VRA_OFFICER", longest + "x"));
        assertEquals("onBehalfOf", refused.field());
    }
}
