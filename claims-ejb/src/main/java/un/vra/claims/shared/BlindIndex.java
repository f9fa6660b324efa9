package un.vra.claims.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash of a personal value, so that "the same claimant" can be found by an indexed equality without
 * the name ever being stored in clear: HMAC-SHA-256 under a key derived from the personal-data key, over the
 * value with case, accents and spacing made uniform. Without the key the hash reveals nothing.
 */
public final class BlindIndex {

    private static final byte[] PURPOSE = "claims blind index v1".getBytes(StandardCharsets.UTF_8);

    private static volatile SecretKeySpec key;

    private BlindIndex() {
    }

    /** The index of a value, or null for a blank one. */
    public static String of(String value) {
        String normal = normalise(value);
        if (normal.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }

    /** The index's own key, derived once from the personal-data key so that neither can stand for the other. */
    private static SecretKeySpec key() throws GeneralSecurityException {
        if (key == null) {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(PersonalDataKey.bytes(), "HmacSHA256"));
            key = new SecretKeySpec(derive.doFinal(PURPOSE), "HmacSHA256");
        }
        return key;
    }

    /** "  Amína   EXAMPLE " and "amina example" are the same person's name. */
    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
