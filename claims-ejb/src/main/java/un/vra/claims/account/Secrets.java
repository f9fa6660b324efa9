package un.vra.claims.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random secrets handed to people once (recovery codes, API tokens) and the digests stored instead of them. They
 * carry 120 bits or more, so a plain SHA-256 is enough to keep a stolen table useless: no one can search that
 * space, which is what the slow password hash is for when people choose the secret.
 */
final class Secrets {

    static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
