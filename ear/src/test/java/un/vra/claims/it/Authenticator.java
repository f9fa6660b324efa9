package un.vra.claims.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** An authenticator app set up with the secret a page showed: RFC 6238 codes computed with java-otp. */
final class Authenticator {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final SecretKeySpec key;
    private String lastGiven;

    Authenticator(String shownSecret) {
        key = new SecretKeySpec(new Base32().decode(shownSecret.replace(" ", "").toUpperCase(Locale.ROOT)), "HmacSHA1");
    }

    /** The code the app shows now. */
    String now() {
        return at(Instant.now());
    }

    /** The code of the next time step: accepted too (clocks drift), and never the one {@link #now()} gave. */
    String next() {
        return at(Instant.now().plus(STEP));
    }

    /** The code this app gave last. */
    String lastGiven() {
        return lastGiven;
    }

    String at(Instant instant) {
        try {
            lastGiven = new TimeBasedOneTimePasswordGenerator(STEP, 6)
                    .generateOneTimePasswordString(key, instant, Locale.ROOT);
            return lastGiven;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
