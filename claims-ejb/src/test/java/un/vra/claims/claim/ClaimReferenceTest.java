package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class ClaimReferenceTest {

    @Test
    void aReferenceNamesTheYearAndAtLeastFourDigitsOfNumber() {
        assertEquals("PC-2024-0001", ClaimReference.of(2024, 1).value());
        assertEquals("PC-2024-12345", ClaimReference.of(2024, 12345).value());
    }

    @Test
    void onlyWellFormedReferencesParse() {
        assertEquals(ClaimReference.of(2023, 42), ClaimReference.parse("PC-2023-0042"));
        assertTrue(ClaimReference.isWellFormed(" PC-2023-0042 "));
        assertFalse(ClaimReference.isWellFormed("PC-23-42"));
        assertFalse(ClaimReference.isWellFormed("PC-2023-0042'; drop table claim"));
        assertThrows(IllegalArgumentException.class, () -> ClaimReference.parse("x"));
    }

    @Test
    void sortingAcceptsKnownFieldsInEitherDirectionOnly() {
        assertEquals(ClaimSort.DEFAULT, ClaimSort.parse(null));
        assertEquals(new ClaimSort(ClaimSort.Field.RECEIVED, false), ClaimSort.parse("received"));
        assertEquals(new ClaimSort(ClaimSort.Field.RECEIVED, true), ClaimSort.parse("-received"));
        assertThrows(InvalidInputException.class, () -> ClaimSort.parse("claimant"));
    }
}
