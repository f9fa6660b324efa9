package un.vra.claims.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageWhoseFirstRowCannotBeCountedIsRefusedAsInvalidInput() {
        assertEquals(Integer.MAX_VALUE / 200 * 200, new PageRequest(Integer.MAX_VALUE / 200, 200).offset());
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> new PageRequest(Integer.MAX_VALUE / 200 + 1, 200));
        assertEquals("page", refused.field());
    }
}
