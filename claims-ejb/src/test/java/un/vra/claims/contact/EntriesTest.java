package un.vra.claims.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

class EntriesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aDayFromTheClaimsReceiptToTodayIsAccepted() {
        assertEquals(RECEIVED, Entries.day("contactedOn", RECEIVED, RECEIVED, TODAY));
        assertEquals(TODAY, Entries.day("contactedOn", TODAY, RECEIVED, TODAY));
    }

    @Test
    void aDayInTheFutureOrBeforeTheClaimWasReceivedIsRefusedByItsField() {
        InvalidInputException future = assertThrows(
                InvalidInputException.class, () -> Entries.day("decidedOn", TODAY.plusDays(1), RECEIVED, TODAY));
        assertEquals("decidedOn", future.field());
        assertTrue(future.getMessage().contains("future"), future.getMessage());
        InvalidInputException early = assertThrows(
                InvalidInputException.class, () -> Entries.day("contactedOn", RECEIVED.minusDays(1), RECEIVED, TODAY));
        assertEquals(ErrorCode.VALIDATION, early.code());
        assertTrue(early.getMessage().contains("before the claim was received (2024-03-01)"), early.getMessage());
        assertEquals(
                "contactedOn",
                assertThrows(InvalidInputException.class, () -> Entries.day("contactedOn", null, RECEIVED, TODAY))
                        .field());
    }

    @Test
    void aNoteIsStrippedBlankIsNoneAndAtMost2000Characters() {
        assertEquals("Reached at the field office", Entries.note("  Reached at the field office \n"));
        assertNull(Entries.note("   "));
        String longest = "é".repeat(Entries.MAX_NOTE);
        assertEquals(longest, Entries.note(longest));
        String emoji = "\uD83D\uDE00".repeat(Entries.MAX_NOTE);
        assertEquals(emoji, Entries.note(emoji), "characters, not UTF-16 units");
        assertEquals(
                "note",
                assertThrows(InvalidInputException.class, () -> Entries.note(longest + "x"))
                        .field());
    }
}
