package un.vra.claims.encryption;

import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's live {@link KeyRing}. Static, because the JPA converters and Flyway's Java migrations are
 * created by their frameworks, outside CDI. Until {@link EncryptionKeys} has read the rotation and the retired
 * keys from the database at start, the ring refuses to seal or open anything: a value written earlier could
 * land under a key that is no longer current, or even retired.
 */
public final class PersonalDataKeys {

    private static volatile KeyRing ring;

    private PersonalDataKeys() {}

    public static KeyRing ring() {
        KeyRing live = ring;
        if (live == null) {
            live = configured().pending("the encryption keys' state is not read from the database yet");
            ring = live;
        }
        return live;
    }

    /** The ring exactly as configured, before any rotation or retirement kept in the database. */
    public static KeyRing configured() {
        Config config = ConfigProvider.getConfig();
        return KeyRing.configured(
                config.getOptionalValue("claims.encryption.keys", String.class).orElse(null),
                config.getOptionalValue("claims.encryption.key", String.class).orElse(null),
                config.getOptionalValue("claims.encryption.current-key", String.class)
                        .orElse(null));
    }

    /**
     * The ring as configured, with the state kept in the database: the target of the last rotation is
     * current (null when there never was one) and retired keys are never used again.
     */
    static synchronized void load(Integer rotatedTo, Set<Integer> retired) {
        KeyRing loaded = configured().withRetired(retired);
        ring = rotatedTo == null ? loaded : loaded.withCurrent(rotatedTo);
    }

    /** From now on new values are sealed under {@code keyId}: a rotation to it has started. */
    static synchronized void rotateTo(int keyId) {
        ring = ring().withCurrent(keyId);
    }

    static synchronized void retire(int keyId) {
        KeyRing live = ring();
        Set<Integer> retired = new TreeSet<>(live.retired());
        retired.add(keyId);
        ring = live.withRetired(retired);
    }
}
