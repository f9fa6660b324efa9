package un.vra.claims.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's AES-256 keys for personal data, each with a key id, one of them current for new writes.
 * Immutable: a rotation or a retirement makes a new ring.
 *
 * <p>Stored formats. Text: {@code v2:<key id>:} then base64 of the 12-byte nonce and the AES-GCM ciphertext
 * with its tag. Bytes: the same ASCII header, then the nonce and ciphertext raw (documents stay their size).
 * The associated data is the header and the column's identity ({@code v2:2:claim.claimant_name}): a value
 * moved to another column, or relabelled with another key id, fails to open. Values written before key ids
 * existed ({@code v1:} and base64) were sealed under what is now key 1, without associated data; they still
 * open, and the rotation rewrites them.
 *
 * <p>Keys come from configuration, never from the database: {@code claims.encryption.keys}
 * ({@code 1:<base64 of 32 bytes>,2:<...>}), and {@code claims.encryption.key} (one key, base64) as key 1, the
 * only setting before key ids. The current key is the one the last rotation moved to; before any rotation,
 * {@code claims.encryption.current-key}, or else the highest key id configured.
 */
public final class KeyRing {

    /** Key ids fit a SMALLINT, so that the database can hold them as numbers. */
    public static final int MAX_KEY_ID = 32767;

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int SEALED_OVERHEAD = NONCE_BYTES + TAG_BITS / 8;
    private static final Pattern TEXT = Pattern.compile("v(?:1|2:([1-9][0-9]{0,4})):[A-Za-z0-9+/]+={0,2}");
    private static final Pattern INDEX = Pattern.compile("([1-9][0-9]{0,4}):[0-9a-f]{64}");
    private static final byte[] INDEX_PURPOSE = "claims blind index v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SortedMap<Integer, SecretKeySpec> keys;
    private final Map<Integer, SecretKeySpec> indexKeys;
    private final int current;
    private final Set<Integer> retired;
    private final String unavailable;

    private KeyRing(SortedMap<Integer, SecretKeySpec> keys, int current, Set<Integer> retired, String problem) {
        this.keys = Collections.unmodifiableSortedMap(keys);
        this.current = current;
        this.retired = Collections.unmodifiableSet(new TreeSet<>(retired));
        this.unavailable = problem;
        Map<Integer, SecretKeySpec> derived = new TreeMap<>();
        keys.forEach((id, key) -> derived.put(id, indexKey(key)));
        this.indexKeys = Collections.unmodifiableMap(derived);
    }

    /**
     * The ring as configured. A malformed setting gives a ring that says what is wrong and seals nothing (the
     * readiness check reports it), rather than one that silently leaves a key out.
     *
     * @param ring       {@code claims.encryption.keys}, or null
     * @param legacyKey  {@code claims.encryption.key}, or null: key 1
     * @param currentKey {@code claims.encryption.current-key}, or null
     */
    public static KeyRing configured(String ring, String legacyKey, String currentKey) {
        SortedMap<Integer, SecretKeySpec> keys = new TreeMap<>();
        try {
            if (ring != null) {
                for (String entry : ring.split(",")) {
                    if (!entry.isBlank()) {
                        String[] parts = entry.trim().split(":", 2);
                        int id = keyId(parts[0], "a key id in claims.encryption.keys");
                        if (parts.length != 2 || keys.put(id, aesKey(parts[1], "key " + id)) != null) {
                            throw new IllegalArgumentException(
                                    "claims.encryption.keys must read 1:<base64>,2:<base64> with each id once");
                        }
                    }
                }
            }
            if (legacyKey != null && !legacyKey.isBlank()) {
                SecretKeySpec legacy = aesKey(legacyKey, "claims.encryption.key");
                SecretKeySpec listed = keys.putIfAbsent(1, legacy);
                if (listed != null && !listed.equals(legacy)) {
                    throw new IllegalArgumentException("key 1 is configured twice (claims.encryption.key and"
                            + " claims.encryption.keys) with different values");
                }
            }
            int current = currentKey == null || currentKey.isBlank()
                    ? (keys.isEmpty() ? 0 : keys.lastKey())
                    : keyId(currentKey.trim(), "claims.encryption.current-key");
            return new KeyRing(keys, current, Set.of(), null);
        } catch (IllegalArgumentException e) {
            return new KeyRing(new TreeMap<>(), 0, Set.of(), e.getMessage());
        }
    }

    /** The same keys, unusable until the state kept in the database (rotation, retired keys) is known. */
    public KeyRing pending(String reason) {
        return new KeyRing(new TreeMap<>(keys), current, retired, unavailable == null ? reason : unavailable);
    }

    /** The same keys after a rotation to {@code keyId}: new values are sealed under it. */
    public KeyRing withCurrent(int keyId) {
        return new KeyRing(new TreeMap<>(keys), keyId, retired, unavailable);
    }

    /** The same keys, those given retired: never used again, even while still configured. */
    public KeyRing withRetired(Set<Integer> keyIds) {
        return new KeyRing(new TreeMap<>(keys), current, keyIds, unavailable);
    }

    /** Why no personal data can be written now, if so: the readiness check's reason. */
    public Optional<String> problem() {
        if (unavailable != null) {
            return Optional.of(unavailable);
        }
        if (keys.isEmpty()) {
            return Optional.of("no encryption key is configured (CLAIMS_ENCRYPTION_KEYS or CLAIMS_ENCRYPTION_KEY)");
        }
        if (!keys.containsKey(current)) {
            return Optional.of("the current key " + current + " is not configured");
        }
        if (retired.contains(current)) {
            return Optional.of("the current key " + current + " is retired");
        }
        return Optional.empty();
    }

    public int current() {
        return current;
    }

    /** Key ids configured, retired ones included. */
    public Set<Integer> configured() {
        return keys.keySet();
    }

    public Set<Integer> retired() {
        return retired;
    }

    /** Configured and not retired: the keys that may open and seal values. */
    public boolean usable(int keyId) {
        return unavailable == null && keys.containsKey(keyId) && !retired.contains(keyId);
    }

    /** Seals a value under the current key. */
    public String seal(EncryptedColumn column, String plain) {
        requireReady();
        return sealUnder(current, column, plain);
    }

    /** Seals a value under a given key, as the rotation does. */
    public String sealUnder(int keyId, EncryptedColumn column, String plain) {
        String header = V2 + keyId + ":";
        return header
                + Base64.getEncoder()
                        .encodeToString(gcm(
                                Cipher.ENCRYPT_MODE, keyId, column, header, plain.getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] seal(EncryptedColumn column, byte[] plain) {
        requireReady();
        return sealUnder(current, column, plain);
    }

    public byte[] sealUnder(int keyId, EncryptedColumn column, byte[] plain) {
        byte[] header = (V2 + keyId + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, keyId, column, V2 + keyId + ":", plain);
        return ByteBuffer.allocate(header.length + sealed.length)
                .put(header)
                .put(sealed)
                .array();
    }

    /** The clear value of a stored one; a value that is not sealed is refused, never passed through. */
    public String open(EncryptedColumn column, String stored) {
        Matcher format = TEXT.matcher(stored);
        if (!format.matches()) {
            throw new IllegalStateException("Personal data in " + column + " is not encrypted in the database");
        }
        int keyId = format.group(1) == null ? 1 : Integer.parseInt(format.group(1));
        String header = format.group(1) == null ? null : V2 + keyId + ":";
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(header == null ? V1.length() : header.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Personal data in " + column + " is damaged", e);
        }
        return new String(gcm(Cipher.DECRYPT_MODE, keyId, column, header, sealed), StandardCharsets.UTF_8);
    }

    public byte[] open(EncryptedColumn column, byte[] stored) {
        int keyId = keyIdOf(stored)
                .orElseThrow(() ->
                        new IllegalStateException("Personal data in " + column + " is not encrypted in the database"));
        String header = V2 + keyId + ":";
        return gcm(
                Cipher.DECRYPT_MODE, keyId, column, header, Arrays.copyOfRange(stored, header.length(), stored.length));
    }

    /** The key a stored text value is sealed under: 1 for the first format; empty for a value in clear. */
    public static OptionalInt keyIdOf(String stored) {
        Matcher format = TEXT.matcher(stored);
        if (!format.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(format.group(1) == null ? 1 : Integer.parseInt(format.group(1)));
    }

    /** The key stored bytes are sealed under; empty for bytes in clear (a PDF, PNG or JPEG starts otherwise). */
    public static OptionalInt keyIdOf(byte[] stored) {
        int colon = -1;
        for (int i = V2.length(); i < Math.min(stored.length, V2.length() + 6); i++) {
            if (stored[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0
                || stored.length < colon + 1 + SEALED_OVERHEAD
                || !new String(stored, 0, V2.length(), StandardCharsets.US_ASCII).equals(V2)) {
            return OptionalInt.empty();
        }
        String id = new String(stored, V2.length(), colon - V2.length(), StandardCharsets.US_ASCII);
        return id.matches("[1-9][0-9]{0,4}") ? OptionalInt.of(Integer.parseInt(id)) : OptionalInt.empty();
    }

    /**
     * The blind index of a value under the current key: {@code <key id>:} and the HMAC-SHA-256, in hex, of the
     * value made uniform ({@link #normalise}), under a key derived from that key. Null for a blank value.
     *
     * <p>Each key has its own index key, so a retired key (perhaps retired because it leaked) protects no index
     * any more: the rotation recomputes every index under its target key, and a search looks a value up under
     * every usable key ({@link #indexes}), so that "the same claimant" is found during the rotation too.
     */
    public String index(String value) {
        requireReady();
        return indexUnder(current, value);
    }

    public String indexUnder(int keyId, String value) {
        String normal = normalise(value);
        if (normal.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKeys.get(usableKey(keyId, "compute a blind index")));
            return keyId + ":" + HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }

    /** The index of a value under every usable key, current first: what a search looks for. */
    public List<String> indexes(String value) {
        List<String> all = new ArrayList<>();
        if (usable(current)) {
            all.add(indexUnder(current, value));
        }
        keys.keySet().stream().filter(id -> id != current && usable(id)).forEach(id -> all.add(indexUnder(id, value)));
        all.removeIf(index -> index == null);
        return all;
    }

    /** The key a stored blind index was computed under; empty for a malformed one. */
    public static OptionalInt keyIdOfIndex(String stored) {
        Matcher format = INDEX.matcher(stored);
        return format.matches() ? OptionalInt.of(Integer.parseInt(format.group(1))) : OptionalInt.empty();
    }

    /** "  Amína   EXAMPLE " and "amina example" are the same person's name. */
    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void requireReady() {
        problem().ifPresent(problem -> {
            throw new IllegalStateException("Cannot encrypt personal data: " + problem);
        });
    }

    private int usableKey(int keyId, String purpose) {
        if (!usable(keyId)) {
            throw new IllegalStateException("Cannot " + purpose + " under key " + keyId + ": it is "
                    + (unavailable != null
                            ? "unavailable (" + unavailable + ")"
                            : retired.contains(keyId) ? "retired" : "not configured"));
        }
        return keyId;
    }

    /** AES-GCM with the header and the column as associated data; {@code header} null for the first format. */
    private byte[] gcm(int mode, int keyId, EncryptedColumn column, String header, byte[] input) {
        usableKey(keyId, mode == Cipher.ENCRYPT_MODE ? "encrypt personal data" : "decrypt personal data in " + column);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            if (mode == Cipher.ENCRYPT_MODE) {
                byte[] nonce = new byte[NONCE_BYTES];
                RANDOM.nextBytes(nonce);
                cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(associatedData(header, column));
                byte[] sealed = cipher.doFinal(input);
                return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array();
            }
            if (input.length < SEALED_OVERHEAD) {
                throw new IllegalStateException("Personal data in " + column + " is truncated");
            }
            cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, input, 0, NONCE_BYTES));
            if (header != null) {
                cipher.updateAAD(associatedData(header, column));
            }
            return cipher.doFinal(input, NONCE_BYTES, input.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                            + " personal data in " + column + " under key " + keyId
                            + " (a wrong key, or a value moved from another column)",
                    e);
        }
    }

    private static byte[] associatedData(String header, EncryptedColumn column) {
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] identity = column.identity();
        return ByteBuffer.allocate(head.length + identity.length)
                .put(head)
                .put(identity)
                .array();
    }

    private static int keyId(String text, String what) {
        try {
            int id = Integer.parseInt(text.trim());
            if (id >= 1 && id <= MAX_KEY_ID) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, with the others
        }
        throw new IllegalArgumentException(what + " must be a number from 1 to " + MAX_KEY_ID);
    }

    private static SecretKeySpec aesKey(String base64, String what) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64.trim());
            if (bytes.length == KEY_BYTES) {
                return new SecretKeySpec(bytes, "AES");
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the value
        }
        throw new IllegalArgumentException(what + " must be base64 of 32 bytes (openssl rand -base64 32)");
    }

    /** The index key of a key: derived, so that neither can stand for the other. */
    private static SecretKeySpec indexKey(SecretKeySpec key) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(derive.doFinal(INDEX_PURPOSE), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive a blind index key", e);
        }
    }
}
