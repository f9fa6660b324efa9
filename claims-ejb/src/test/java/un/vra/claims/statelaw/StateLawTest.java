package un.vra.claims.statelaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.Recording;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.StaleVersionException;

/** A State's entry in the registry of national law: checked content, versions, and a revision for each change. */
class StateLawTest {

    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00.123456789Z");
    private static final Recording ADMIN =
            new Recording(Actor.of("vra.admin", "VRA_ADMIN"), Clock.fixed(NOW, ZoneOffset.UTC));

    private static LawEntry entry(List<String> languages) {
        return new LawEntry(
                DnaEvidence.WITH_COURT_ORDER,
                "  Paternity is established by a family court.  ",
                SupportOrderEnforcement.BY_TREATY,
                "Legal Aid Board, Kathmandu",
                languages,
                "12 Embassy Road");
    }

    @Test
    void aNewEntryRecordsNothingAtVersionZero() {
        StateLaw entry = new StateLaw(new MemberStateCode("NPL"));
        assertEquals(0, entry.version());
        assertEquals(DnaEvidence.UNKNOWN, entry.content().dnaEvidence());
        assertEquals(SupportOrderEnforcement.UNKNOWN, entry.content().supportOrderEnforcement());
        assertEquals(List.of(), entry.content().noteVerbaleLanguages());
        assertFalse(entry.changedBy().isPresent());
    }

    @Test
    void aChangeAgainstTheVersionSeenMovesTheVersionOnAndLeavesARevisionWithWhoAndWhen() {
        StateLaw entry = new StateLaw(new MemberStateCode("NPL"));
        StateLawRevision first = entry.revise(entry(List.of("fr", "en")), 0, ADMIN);
        assertEquals(1, entry.version());
        assertEquals(1, first.version());
        assertEquals("vra.admin", first.changedBy());
        assertEquals(Instant.parse("2026-12-03T06:00:00.123456Z"), first.changedAt());
        assertEquals(
                "Paternity is established by a family court.", first.content().paternityProcedure());
        assertEquals(List.of("en", "fr"), first.content().noteVerbaleLanguages(), "kept in the UN's order");
        StateLawRevision second = entry.revise(
                new LawEntry(DnaEvidence.YES, null, SupportOrderEnforcement.ENFORCEABLE, " ", null, null), 1, ADMIN);
        assertEquals(2, second.version());
        assertNull(second.content().legalAidContacts(), "a blank text records nothing");
        assertEquals(DnaEvidence.WITH_COURT_ORDER, first.content().dnaEvidence(), "the first revision is unchanged");
    }

    @Test
    void aChangeAgainstAnOlderVersionIsRefusedAsStale() {
        StateLaw entry = new StateLaw(new MemberStateCode("ZAF"));
        entry.revise(entry(List.of()), 0, ADMIN);
        StaleVersionException stale =
                assertThrows(StaleVersionException.class, () -> entry.revise(entry(List.of()), 0, ADMIN));
        assertEquals(ErrorCode.STALE_VERSION, stale.code());
        assertEquals(1, entry.version());
    }

    @Test
    void enumerationsAreRequiredTextsBoundedAndLanguagesOfficialAndDistinct() {
        StateLaw entry = new StateLaw(new MemberStateCode("NPL"));
        assertEquals(
                "dnaEvidence",
                refused(entry, new LawEntry(null, null, SupportOrderEnforcement.UNKNOWN, null, null, null)));
        assertEquals(
                "supportOrderEnforcement", refused(entry, new LawEntry(DnaEvidence.NO, null, null, null, null, null)));
        assertEquals(
                "paternityProcedure",
                refused(
                        entry,
                        new LawEntry(
                                DnaEvidence.NO, "x".repeat(4001), SupportOrderEnforcement.UNKNOWN, null, null, null)));
        assertEquals(
                "legalAidContacts",
                refused(
                        entry,
                        new LawEntry(
                                DnaEvidence.NO, null, SupportOrderEnforcement.UNKNOWN, "x".repeat(2001), null, null)));
        assertEquals(
                "missionAddress",
                refused(
                        entry,
                        new LawEntry(
                                DnaEvidence.NO, null, SupportOrderEnforcement.UNKNOWN, null, null, "x".repeat(1001))));
        assertEquals("noteVerbaleLanguages", refused(entry, entry(List.of("de"))));
        assertEquals("noteVerbaleLanguages", refused(entry, entry(List.of("en", "en"))));
        assertEquals("noteVerbaleLanguages", refused(entry, entry(Arrays.asList("en", null))));
        assertEquals(0, entry.version(), "nothing refused changed the entry");
        assertEquals(
                4000,
                entry.revise(
                                new LawEntry(
                                        DnaEvidence.NO,
                                        "é".repeat(4000),
                                        SupportOrderEnforcement.UNKNOWN,
                                        null,
                                        List.of("en", "fr", "es", "ru", "zh", "ar"),
                                        null),
                                0,
                                ADMIN)
                        .content()
                        .paternityProcedure()
                        .length());
    }

    private static String refused(StateLaw entry, LawEntry change) {
        return assertThrows(InvalidInputException.class, () -> entry.revise(change, 0, ADMIN))
                .field();
    }
}
