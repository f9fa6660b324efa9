package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

/** When a child comes of age, what that changes for the claim's flag, and the closure it allows. */
class ChildMajorityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Recording on(LocalDate day) {
        return new Recording(
                Actor.of("vra.officer", "VRA_OFFICER"),
                Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Claim claimWith(NewChild... children) {
        return new Claim(
                ClaimReference.of(2024, 7),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        null,
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL",
                        null,
                        null,
                        List.of(children),
                        null,
                        null),
                on(TODAY));
    }

    @Test
    void aChildWithAKnownDateOfBirthComesOfAgeOnItsEighteenthBirthday() {
        Child child = claimWith(new NewChild(null, 2010, Sex.FEMALE, LocalDate.of(2010, 3, 15)))
                .children()
                .get(0);
        assertEquals(LocalDate.of(2028, 3, 15), child.majorityOn());
        assertEquals(LocalDate.of(2028, 3, 1), child.majorityMonth());
        assertFalse(child.ofAgeOn(LocalDate.of(2028, 3, 14)));
        assertTrue(child.ofAgeOn(LocalDate.of(2028, 3, 15)));
    }

    @Test
    void aChildWhoseYearAloneIsKnownComesOfAgeOnTheFirstOfJuly() {
        Child child = claimWith(new NewChild(null, 2010, Sex.MALE)).children().get(0);
        assertEquals(LocalDate.of(2028, 7, 1), child.majorityOn());
        assertTrue(child.birthDate().isEmpty());
    }

    @Test
    void aDateOfBirthOutsideItsYearOrInTheFutureIsRefused() {
        InvalidInputException otherYear = assertThrows(
                InvalidInputException.class,
                () -> claimWith(new NewChild(null, 2010, Sex.FEMALE, LocalDate.of(2011, 1, 2))));
        assertEquals("children.birthDate", otherYear.field());
        assertEquals(ErrorCode.VALIDATION, otherYear.code());
        Claim claim = claimWith(new NewChild(null, 2025, Sex.FEMALE));
        InvalidInputException future = assertThrows(
                InvalidInputException.class, () -> claim.correctChildBirth(1, 2026, TODAY.plusDays(1), on(TODAY)));
        assertEquals("children.birthDate", future.field());
    }

    @Test
    void theClaimIsFlaggedWhenItsNextChildComesOfAgeWithinTwoYears() {
        Claim soon = claimWith(
                new NewChild(null, 2007, Sex.FEMALE, LocalDate.of(2007, 5, 1)),
                new NewChild(null, 2010, Sex.MALE, LocalDate.of(2010, 2, 3)));
        assertTrue(soon.majorityApproaching(TODAY), "the second child comes of age in February 2028");
        Claim later = claimWith(new NewChild(null, 2012, Sex.MALE));
        assertFalse(later.majorityApproaching(TODAY));
        assertTrue(later.majorityApproaching(LocalDate.of(2028, 7, 1)));
    }

    @Test
    void aCorrectedBirthMovesTheMajorityAndIsANewEventForTheUnOnly() {
        Claim claim = claimWith(new NewChild(null, 2012, Sex.MALE));
        assertFalse(claim.majorityApproaching(TODAY));
        claim.correctChildBirth(1, 2009, LocalDate.of(2009, 1, 20), on(TODAY));
        assertEquals(LocalDate.of(2027, 1, 20), claim.children().get(0).majorityOn());
        assertTrue(claim.majorityApproaching(TODAY));
        ClaimEvent correction = claim.events().get(claim.events().size() - 1);
        assertEquals(ClaimAction.CORRECT_CHILD_BIRTH, correction.action());
        assertEquals(Audience.UN_ONLY, correction.audience());
        assertThrows(InvalidInputException.class, () -> claim.correctChildBirth(2, 2009, null, on(TODAY)));
    }

    @Test
    void aCorrectionRecordsNeitherTheDateOfBirthNorAStepAndKeepsTheYearWithinTheClaimsRange() {
        Claim claim = claimWith(new NewChild(null, 2012, Sex.MALE));
        LocalDate lastEvent = claim.lastEventOn();
        Child corrected = claim.correctChildBirth(1, 2009, LocalDate.of(2009, 1, 20), on(TODAY));
        assertEquals(LocalDate.of(2027, 1, 1), corrected.majorityMonth());
        assertEquals(LocalDate.of(2027, 1, 1), claim.nextMajorityMonth().orElseThrow());
        ClaimEvent correction = claim.events().get(claim.events().size() - 1);
        assertFalse(correction.details().contains("2009-01-20"), correction.details());
        assertTrue(correction.details().contains("\"birthDateKnown\":\"true\""), correction.details());
        assertTrue(correction.details().contains("\"majorityMonth\":\"2027-01\""), correction.details());
        assertEquals(lastEvent, claim.lastEventOn(), "a correction is no step of the claim");
        assertEquals(ClaimStatus.RECEIVED, claim.status());
        InvalidInputException tooOld =
                assertThrows(InvalidInputException.class, () -> claim.correctChildBirth(1, 2005, null, on(TODAY)));
        assertEquals("children.birthYear", tooOld.field());
        assertEquals(LocalDate.of(2027, 1, 20), claim.children().get(0).majorityOn(), "a refusal changes nothing");
        claim.correctChildBirth(1, 2011, null, on(TODAY));
        assertEquals(LocalDate.of(2029, 7, 1), claim.children().get(0).majorityOn(), "the year alone: 1 July");
        assertTrue(claim.children().get(0).birthDate().isEmpty());
    }

    @Test
    void aClosureForMajorityIsRefusedUntilEveryChildIsOfAge() {
        Claim claim = claimWith(
                new NewChild(null, 2007, Sex.FEMALE, LocalDate.of(2007, 5, 1)),
                new NewChild(null, 2009, Sex.MALE, LocalDate.of(2009, 2, 3)));
        ChildNotOfAgeException refused = assertThrows(
                ChildNotOfAgeException.class,
                () -> claim.act(new ClaimCommand.Close(ClosureReason.CHILD_REACHED_MAJORITY, null), on(TODAY)));
        assertEquals(ErrorCode.CHILD_NOT_OF_AGE, refused.code());
        assertEquals(List.of(2, LocalDate.of(2027, 2, 3)), List.of(refused.arguments()));
        assertEquals(ClaimStatus.RECEIVED, claim.status());
        claim.act(new ClaimCommand.Close(ClosureReason.CHILD_REACHED_MAJORITY, null), on(LocalDate.of(2027, 2, 3)));
        assertEquals(ClaimStatus.CLOSED, claim.status());
    }
}
