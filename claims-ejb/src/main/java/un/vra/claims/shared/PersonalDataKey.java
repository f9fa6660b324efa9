package un.vra.claims.shared;

import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The installation's key for personal data, from configuration ({@code claims.encryption.key}, base64 of 32
 * bytes; environment variable {@code CLAIMS_ENCRYPTION_KEY}), never from the repository or the database.
 */
final class PersonalDataKey {

    private static volatile byte[] bytes;

    private PersonalDataKey() {
    }

    static SecretKey aes() {
        return new SecretKeySpec(bytes(), "AES");
    }

    static byte[] bytes() {
        if (bytes == null) {
            String encoded = ConfigProvider.getConfig().getOptionalValue("claims.encryption.key", String.class)
                    .orElseThrow(() -> new IllegalStateException(
                            "claims.encryption.key (CLAIMS_ENCRYPTION_KEY) is not configured"));
            byte[] decoded = Base64.getDecoder().decode(encoded.trim());
            if (decoded.length != 32) {
                throw new IllegalStateException("claims.encryption.key must be base64 of 32 bytes");
            }
            bytes = decoded;
        }
        return bytes.clone();
    }
}
