package un.vra.claims.encryption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString(bytes(32, 1));
    static final String KEY_2 = Base64.getEncoder().encodeToString(bytes(32, 2));

    static KeyRing twoKeys() {
        return KeyRing.configured("2:" + KEY_2, KEY_1, null);
    }

    @Test
    void everyValueCarriesTheIdOfTheKeyItWasSealedUnder() {
        KeyRing ring = twoKeys().withCurrent(1);
        String sealed = ring.seal(EncryptedColumn.FATHER_NAME, "Sgt. Example");
        assertTrue(sealed.startsWith("v2:1:"), sealed);
        assertFalse(sealed.contains("Example"));
        assertEquals(OptionalInt.of(1), KeyRing.keyIdOf(sealed));
        assertEquals("Sgt. Example", ring.open(EncryptedColumn.FATHER_NAME, sealed));
        assertTrue(ring.withCurrent(2)
                .seal(EncryptedColumn.FATHER_NAME, "Sgt. Example")
                .startsWith("v2:2:"));
    }

    @Test
    void rotatingToKeyTwoKeepsEveryValueReadableLeavesNoneUnderKeyOneAndThenKeyOneCanBeRetired() {
        KeyRing before = twoKeys().withCurrent(1);
        List<String> stored = List.of(
                before.seal(EncryptedColumn.CLAIMANT_NAME, "Zawadi Rotation"),
                before.seal(EncryptedColumn.CLAIMANT_NAME, "Imani Rotation"),
                legacyV1("Amani Legacy"));

        KeyRing during = before.withCurrent(2);
        List<String> rotated = stored.stream()
                .map(value -> during.sealUnder(
                        2, EncryptedColumn.CLAIMANT_NAME, during.open(EncryptedColumn.CLAIMANT_NAME, value)))
                .toList();
        assertTrue(rotated.stream().allMatch(value -> KeyRing.keyIdOf(value).getAsInt() == 2), rotated.toString());

        KeyRing after = during.withRetired(Set.of(1));
        assertEquals(Optional.empty(), after.problem());
        assertEquals(
                List.of("Zawadi Rotation", "Imani Rotation", "Amani Legacy"),
                rotated.stream()
                        .map(value -> after.open(EncryptedColumn.CLAIMANT_NAME, value))
                        .toList());
        IllegalStateException stale = assertThrows(
                IllegalStateException.class, () -> after.open(EncryptedColumn.CLAIMANT_NAME, stored.get(0)));
        assertTrue(stale.getMessage().contains("retired"), stale.getMessage());
        assertThrows(IllegalStateException.class, () -> after.sealUnder(1, EncryptedColumn.CLAIMANT_NAME, "x"));
        assertFalse(after.usable(1));
    }

    @Test
    void valuesOfTheFirstFormatStillReadAsKeyOne() {
        String legacy = legacyV1("Amina Example");
        assertEquals(OptionalInt.of(1), KeyRing.keyIdOf(legacy));
        assertEquals("Amina Example", twoKeys().open(EncryptedColumn.CLAIMANT_NAME, legacy));
        assertEquals("Amina Example", KeyRing.configured(null, KEY_1, null).open(EncryptedColumn.CHILD_NAME, legacy));
    }

    @Test
    void aValueMovedToAnotherColumnOrRelabelledWithAnotherKeyDoesNotOpen() {
        KeyRing ring = twoKeys();
        String sealed = ring.seal(EncryptedColumn.CLAIMANT_NAME, "Amina Example");
        assertThrows(IllegalStateException.class, () -> ring.open(EncryptedColumn.CLAIMANT_CONTACT, sealed));
        String relabelled = "v2:1:" + sealed.substring("v2:2:".length());
        assertThrows(IllegalStateException.class, () -> ring.open(EncryptedColumn.CLAIMANT_NAME, relabelled));
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("AAA") ? "BBB" : "AAA");
        assertThrows(IllegalStateException.class, () -> ring.open(EncryptedColumn.CLAIMANT_NAME, tampered));
    }

    @Test
    void aValueInClearIsRefusedRatherThanPassedThrough() {
        IllegalStateException clear = assertThrows(
                IllegalStateException.class, () -> twoKeys().open(EncryptedColumn.WISHES, "Prefers the field office"));
        assertTrue(clear.getMessage().contains("not encrypted"), clear.getMessage());
        assertEquals(OptionalInt.empty(), KeyRing.keyIdOf("v2:1:not base64!"));
    }

    @Test
    void documentsAreSealedAsRawBytesBehindTheSameHeader() {
        KeyRing ring = twoKeys();
        byte[] pdf = "%PDF-1.4 laboratory report".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = ring.seal(EncryptedColumn.DOCUMENT_CONTENT, pdf);
        assertEquals("v2:2:", new String(sealed, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(5 + 12 + pdf.length + 16, sealed.length);
        assertEquals(OptionalInt.of(2), KeyRing.keyIdOf(sealed));
        assertEquals(OptionalInt.empty(), KeyRing.keyIdOf(pdf));
        assertArrayEquals(pdf, ring.open(EncryptedColumn.DOCUMENT_CONTENT, sealed));
        assertThrows(IllegalStateException.class, () -> ring.open(EncryptedColumn.DOCUMENT_CONTENT, pdf));
    }

    @Test
    void theConfigurationNamesEachKeyOnceAndTheCurrentOneMustBeUsable() {
        assertEquals(Set.of(1, 2), twoKeys().configured());
        assertEquals(2, twoKeys().current(), "the highest key id is current unless one is named");
        assertEquals(
                1, KeyRing.configured("1:" + KEY_1 + ", 2:" + KEY_2, null, "1").current());
        assertEquals(
                Optional.empty(), KeyRing.configured("1:" + KEY_1, KEY_1, null).problem());

        assertTrue(problem(null, null, null).contains("no encryption key"));
        assertTrue(problem("1:" + KEY_2, KEY_1, null).contains("configured twice"));
        assertTrue(problem("1:" + KEY_1 + ",1:" + KEY_2, null, null).contains("each id once"));
        assertTrue(problem("1:c2hvcnQ=", null, null).contains("32 bytes"));
        assertTrue(problem("one:" + KEY_1, null, null).contains("key id"));
        assertTrue(problem("1:" + KEY_1, null, "3").contains("key 3 is not configured"));
        assertTrue(twoKeys()
                .withCurrent(1)
                .withRetired(Set.of(1))
                .problem()
                .orElseThrow()
                .contains("retired"));
        assertFalse(problem("1:c2hvcnQ=", null, null).contains("c2hvcnQ"), "a key never appears in a message");
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> KeyRing.configured(null, null, null).seal(EncryptedColumn.WISHES, "x"));
        assertTrue(refused.getMessage().contains("no encryption key"), refused.getMessage());
    }

    @Test
    void aRingWaitingForItsStateSealsAndOpensNothing() {
        KeyRing pending = twoKeys().pending("not read yet");
        String sealed = twoKeys().seal(EncryptedColumn.WISHES, "x");
        assertEquals(Optional.of("not read yet"), pending.problem());
        assertThrows(IllegalStateException.class, () -> pending.seal(EncryptedColumn.WISHES, "x"));
        assertThrows(IllegalStateException.class, () -> pending.open(EncryptedColumn.WISHES, sealed));
    }

    private static String problem(String ring, String legacy, String current) {
        return KeyRing.configured(ring, legacy, current).problem().orElse("");
    }

    /** A value as the first converter wrote it: AES-GCM under key 1, no associated data, "v1:" and base64. */
    static String legacyV1(String plain) {
        try {
            byte[] nonce = bytes(12, 9);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(Base64.getDecoder().decode(KEY_1), "AES"),
                    new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
