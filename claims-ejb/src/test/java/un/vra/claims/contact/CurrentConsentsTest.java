package un.vra.claims.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.ErrorCode;

class CurrentConsentsTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_9 = LocalDate.of(2026, 5, 9);

    private static RecordedDecision record(long id, ConsentKind kind, ConsentDecision decision, LocalDate on) {
        return new RecordedDecision(id, kind, decision, on);
    }

    @Test
    void aKindNeverRecordedIsNotAskedAndHasNoDay() {
        CurrentConsents current = CurrentConsents.resolve(List.of());
        for (ConsentKind kind : ConsentKind.values()) {
            assertEquals(ConsentState.NOT_ASKED, current.state(kind));
            assertNull(current.of(kind).since());
        }
        assertEquals(
                List.of(ConsentKind.values()),
                current.kinds().stream().map(CurrentConsent::kind).toList());
    }

    @Test
    void theLaterDayWinsWhateverTheOrderItWasRecordedIn() {
        CurrentConsents current = CurrentConsents.resolve(List.of(
                record(7, ConsentKind.BE_CONTACTED, ConsentDecision.WITHDRAWN, MAY_9),
                record(8, ConsentKind.BE_CONTACTED, ConsentDecision.GIVEN, MAY_1)));
        assertEquals(
                new CurrentConsent(ConsentKind.BE_CONTACTED, ConsentState.WITHDRAWN, MAY_9),
                current.of(ConsentKind.BE_CONTACTED));
    }

    @Test
    void onTheSameDayTheRecordMadeLastWins() {
        RecordedDecision first = record(11, ConsentKind.NOTIFY_MEMBER_STATE, ConsentDecision.WITHDRAWN, MAY_1);
        RecordedDecision last = record(12, ConsentKind.NOTIFY_MEMBER_STATE, ConsentDecision.GIVEN, MAY_1);
        for (List<RecordedDecision> sameDay : List.of(List.of(first, last), List.of(last, first))) {
            assertEquals(ConsentState.GIVEN, CurrentConsents.resolve(sameDay).state(ConsentKind.NOTIFY_MEMBER_STATE));
        }
    }

    @Test
    void eachKindStandsOnItsOwnRecords() {
        CurrentConsents current = CurrentConsents.resolve(List.of(
                record(1, ConsentKind.SHARE_DOCUMENTS, ConsentDecision.GIVEN, MAY_1),
                record(2, ConsentKind.BE_CONTACTED, ConsentDecision.WITHDRAWN, MAY_9)));
        assertEquals(ConsentState.GIVEN, current.state(ConsentKind.SHARE_DOCUMENTS));
        assertEquals(MAY_1, current.of(ConsentKind.SHARE_DOCUMENTS).since());
        assertEquals(ConsentState.WITHDRAWN, current.state(ConsentKind.BE_CONTACTED));
        assertEquals(ConsentState.NOT_ASKED, current.state(ConsentKind.NOTIFY_MEMBER_STATE));
    }

    @Test
    void aWithdrawalNamesWhatWasWithdrawnAndTheDay() {
        ConsentWithdrawnException refused = new ConsentWithdrawnException(ConsentKind.BE_CONTACTED, MAY_9);
        assertEquals("the claimant withdrew her consent to be contacted on 2026-05-09", refused.getMessage());
        assertEquals(ErrorCode.CONSENT_WITHDRAWN, refused.code());
        assertTrue(new ConsentWithdrawnException(ConsentKind.NOTIFY_MEMBER_STATE, MAY_1)
                .getMessage()
                .contains("to notify the Member State on 2026-05-01"));
    }
}
