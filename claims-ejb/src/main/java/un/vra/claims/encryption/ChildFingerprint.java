package un.vra.claims.encryption;

/**
 * What a child's fingerprint hashes: the claimant's name, the child's name and year of birth, apart by the unit
 * separator (whitespace to no normalisation, so it keeps the names apart); the blind index makes case, accents and
 * spacing uniform. Here rather than on the child, because the start-up backfill and the key rotation compute it
 * from the stored values too ({@link Reseal}).
 */
public final class ChildFingerprint {

    private static final char SEPARATOR = '\u001f';

    private ChildFingerprint() {}

    /** Null when a name is missing or blank: such a child has no fingerprint and counts once per claim. */
    public static String source(String claimantName, String childName, int birthYear) {
        if (claimantName == null || claimantName.isBlank() || childName == null || childName.isBlank()) {
            return null;
        }
        return claimantName.strip() + SEPARATOR + childName.strip() + SEPARATOR + birthYear;
    }
}
