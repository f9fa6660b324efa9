package un.vra.claims.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.DnaSubject;
import un.vra.claims.claim.IdentityDocument;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Recording;

/** A timeline event as the State reads it: the party instead of the person, no prose that can locate anyone. */
class StateViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Recording OFFICER =
            new Recording(new Actor("vra.officer", "VRA_OFFICER", "Field office"), CLOCK);
    private static final Recording NEPAL = new Recording(Actor.of("focal.npl", "FOCAL_POINT"), CLOCK);

    private static Claim inDnaTesting() {
        Claim claim = new Claim(
                ClaimReference.of(2026, 1),
                new NewClaim(
                        LocalDate.of(2026, 1, 5),
                        ClaimType.PATERNITY,
                        "MONUSCO",
                        "SEA-1",
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL"),
                OFFICER);
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2026, 2, 1), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2026, 3, 1), null), NEPAL);
        claim.act(new ClaimCommand.StartDnaTest("KIT-1", "Lab"), OFFICER);
        return claim;
    }

    @Test
    void theStateSeesTheUnAsAPartyAndNeverOnWhoseBehalf() {
        Claim claim = inDnaTesting();
        TimelineEntry notified = TimelineEntry.of(claim.events().get(1), Side.MEMBER_STATE);
        assertEquals("UN", notified.actor());
        assertEquals("UN", notified.actorRole());
        assertNull(notified.onBehalfOf());
        TimelineEntry acknowledged = TimelineEntry.of(claim.events().get(2), Side.MEMBER_STATE);
        assertEquals("Member State", acknowledged.actor());
        assertEquals("MEMBER_STATE", acknowledged.actorRole());

        TimelineEntry asUn = TimelineEntry.of(claim.events().get(1), Side.UN);
        assertEquals("vra.officer", asUn.actor());
        assertEquals("Field office", asUn.onBehalfOf());
    }

    @Test
    void theMothersAndChildsSamplesReachTheStateWithoutWhoTookThemNorWhere() {
        Claim claim = inDnaTesting();
        for (DnaSubject subject : List.of(DnaSubject.CHILD, DnaSubject.ALLEGED_FATHER)) {
            claim.act(
                    new ClaimCommand.RecordSampleCollection(
                            "KIT-1",
                            subject,
                            null,
                            "Nurse Amani",
                            subject == DnaSubject.CHILD ? "Her home in Goma" : "Camp clinic",
                            IdentityDocument.PASSPORT,
                            "S-" + subject),
                    OFFICER);
        }
        int size = claim.events().size();
        TimelineEntry child = TimelineEntry.of(claim.events().get(size - 2), Side.MEMBER_STATE);
        assertFalse(child.details().containsKey("place"));
        assertFalse(child.details().containsKey("collectedBy"));
        assertEquals("PASSPORT", child.details().get("identityCheck"));
        TimelineEntry father = TimelineEntry.of(claim.events().get(size - 1), Side.MEMBER_STATE);
        assertEquals("Camp clinic", father.details().get("place"));
        assertEquals(
                "Her home in Goma",
                TimelineEntry.of(claim.events().get(size - 2), Side.UN)
                        .details()
                        .get("place"));
    }

    @Test
    void aDayDeclaredMoreThanThirtyDaysBeforeItsRecordingIsFlagged() {
        Claim claim = inDnaTesting();
        assertTrue(TimelineEntry.of(claim.events().get(2), Side.UN).recordedLate(), "acknowledged 270 days back");
        assertFalse(TimelineEntry.of(claim.events().get(3), Side.UN).recordedLate(), "the test started today");
        assertEquals(TODAY, TimelineEntry.of(claim.events().get(2), Side.UN).recordedOn());
    }
}
