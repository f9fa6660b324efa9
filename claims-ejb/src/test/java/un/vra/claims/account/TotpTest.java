package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 secret, and its codes (the last six of eight digits) at those times. */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesOfRfc6238AreAcceptedAtTheirTimeAndTheirStepIsReturned() {
        assertEquals(OptionalLong.of(1), Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59)));
        assertEquals(
                OptionalLong.of(37037036), Totp.matchingStep(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109)));
        assertEquals(
                OptionalLong.of(41152263), Totp.matchingStep(RFC_SECRET, "005924", Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void aCodeOneStepOldIsStillAcceptedButNotTwoStepsOld() {
        assertEquals(OptionalLong.of(1), Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(89)));
        assertTrue(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(120))
                .isEmpty());
    }

    @Test
    void wrongOrMalformedCodesAreRefused() {
        for (String code : new String[] {"287083", "28708", "2870822", "abcdef", "", " 287082"}) {
            assertTrue(
                    Totp.matchingStep(RFC_SECRET, code, Instant.ofEpochSecond(59))
                            .isEmpty(),
                    code);
        }
    }

    @Test
    void theSetUpAddressNamesTheIssuerAndTheAccountAndCarriesTheSecret() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(
                "otpauth://totp/VRA%20claims%3Afocal.npl?secret=" + secret
                        + "&issuer=VRA%20claims&algorithm=SHA1&digits=6&period=30",
                Totp.uri("focal.npl", secret));
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
    }
}
