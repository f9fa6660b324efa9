package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.encryption.KeyRing;
import un.vra.claims.shared.InvalidInputException;

/**
 * The report's dimensions on the claim (issue 16): a child's fingerprint, the same for the same child in two claims;
 * the government-provided personnel on the Member State route; the allegation's year.
 */
class ReportDimensionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final KeyRing KEYS = KeyRing.configured(
            null, Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()), null);

    private static Recording recording() {
        return new Recording(
                Actor.of("vra.officer", "VRA_OFFICER"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Claim claim(ClaimType type, String claimant, NewChild child, Integer allegationYear) {
        return new Claim(
                ClaimReference.of(2024, 7),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        type,
                        "MINUSTAH",
                        "SEA-2023-0001",
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL",
                        claimant,
                        null,
                        List.of(child),
                        null,
                        null,
                        allegationYear),
                recording());
    }

    private static String fingerprint(Claim claim) {
        String source = claim.children().get(0).fingerprint();
        return source == null ? null : KEYS.index(source);
    }

    @Test
    void theSameChildNamedInAPaternityClaimAndASupportClaimHasOneFingerprint() {
        Claim paternity =
                claim(ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Joseph", 2019, Sex.FEMALE), null);
        Claim support = claim(
                ClaimType.CHILD_SUPPORT, "  AMINA   example ", new NewChild("marie  joséph", 2019, Sex.FEMALE), null);
        assertEquals(fingerprint(paternity), fingerprint(support));
    }

    @Test
    void anotherYearAnotherMotherOrAnotherNameIsAnotherChild() {
        String child = fingerprint(
                claim(ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Joseph", 2019, Sex.FEMALE), null));
        assertNotEquals(
                child,
                fingerprint(claim(
                        ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Joseph", 2020, Sex.FEMALE), null)));
        assertNotEquals(
                child,
                fingerprint(claim(
                        ClaimType.PATERNITY, "Rose Example", new NewChild("Marie Joseph", 2019, Sex.FEMALE), null)));
        assertNotEquals(
                child,
                fingerprint(claim(
                        ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Josepha", 2019, Sex.FEMALE), null)));
    }

    @Test
    void aChildWithoutANameOrAClaimantWithoutANameHasNoFingerprintAndCountsPerClaim() {
        assertNull(fingerprint(claim(ClaimType.PATERNITY, "Amina Example", new NewChild(null, 2019, Sex.MALE), null)));
        assertNull(fingerprint(claim(ClaimType.PATERNITY, null, new NewChild("Marie Joseph", 2019, Sex.MALE), null)));
        assertNull(fingerprint(claim(ClaimType.PATERNITY, " ", new NewChild("Marie Joseph", 2019, Sex.MALE), null)));
    }

    @Test
    void correctingTheYearOfBirthTakesTheFingerprintAnew() {
        Claim wrongYear =
                claim(ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Joseph", 2018, Sex.FEMALE), null);
        Claim rightYear =
                claim(ClaimType.PATERNITY, "Amina Example", new NewChild("Marie Joseph", 2019, Sex.FEMALE), null);
        assertNotEquals(fingerprint(rightYear), fingerprint(wrongYear));
        wrongYear.correctChildBirth(1, 2019, null, recording());
        assertEquals(fingerprint(rightYear), fingerprint(wrongYear));
    }

    @Test
    void governmentProvidedPersonnelAnswerToTheirStateOnTheMemberStateRoute() {
        assertEquals(Route.MEMBER_STATE, PersonnelCategory.GOVERNMENT_PROVIDED_PERSONNEL.route());
        NewClaim withoutState = new NewClaim(
                LocalDate.of(2024, 3, 1),
                ClaimType.PATERNITY,
                "MINUSTAH",
                null,
                PersonnelCategory.GOVERNMENT_PROVIDED_PERSONNEL,
                null);
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> new Claim(ClaimReference.of(2024, 8), withoutState, recording()));
        assertEquals("memberState", refused.field());
    }

    @Test
    void anAllegationIsDatedByTheYearGivenOrElseTheYearReceivedAndNeverAfterIt() {
        NewChild child = new NewChild(null, 2019, Sex.FEMALE);
        assertEquals(
                2024,
                claim(ClaimType.PATERNITY, null, child, null).allegationYear().orElseThrow());
        assertEquals(
                2023,
                claim(ClaimType.PATERNITY, null, child, 2023).allegationYear().orElseThrow());
        InvalidInputException later =
                assertThrows(InvalidInputException.class, () -> claim(ClaimType.PATERNITY, null, child, 2025));
        assertEquals("allegationYear", later.field());
        assertThrows(InvalidInputException.class, () -> claim(ClaimType.PATERNITY, null, child, 1947));
    }
}
