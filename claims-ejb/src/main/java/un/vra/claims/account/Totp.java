package un.vra.claims.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as every authenticator app makes them: HMAC-SHA1, six digits, 30-second steps. A code of the
 * step before or after the current one is accepted too, for clocks a little off; which step matched is returned
 * so that a code, once accepted, is never accepted again.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final String ISSUER = "VRA claims";
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private Totp() {}

    /** 160 random bits, as RFC 4226 recommends, in base32 as apps expect them. */
    static String newSecret() {
        return Base32.encode(Secrets.randomBytes(SECRET_BYTES));
    }

    /** The address an authenticator app reads (as a link or a QR code) to set itself up. */
    static String uri(String account, String secret) {
        return "otpauth://totp/" + encode(ISSUER + ":" + account) + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** Whether the text has the shape of a code at all (a recovery code does not). */
    static boolean looksLikeCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** The time step whose code this is, within one step of now, or empty. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(Base32.decode(secret), "HmacSHA1");
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(
                    code(key, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String code(SecretKeySpec key, long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS)
                    .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key of any length is valid", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
