package un.vra.claims.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The embedded default's encryption key: generated once, kept beside (never in) the database, owner-only. */
final class EncryptionKeyFile {

    private EncryptionKeyFile() {}

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
