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

    /**
     * SQL that marks as shared ({@code claim_child.shared}, V103) every child with the fingerprint of a child of the
     * claims {@code claims} selects (a condition over {@code n}, a row of {@code claim_child}) where another child
     * has that fingerprint too: to be run by whatever writes a fingerprint, after writing it. Reads those claims'
     * children and their twins through the fingerprints' index; a mark is never taken away but by a rebuild.
     */
    public static String markShared(String claims) {
        return "UPDATE claim_child c JOIN (SELECT DISTINCT n.fingerprint FROM claim_child n JOIN claim_child o"
                + " ON o.fingerprint = n.fingerprint AND (o.claim_id <> n.claim_id OR o.position <> n.position)"
                + " WHERE " + claims + ") s ON s.fingerprint = c.fingerprint SET c.shared = TRUE WHERE NOT c.shared";
    }

    /** Null when a name is missing or blank: such a child has no fingerprint and counts once per claim. */
    public static String source(String claimantName, String childName, int birthYear) {
        if (claimantName == null || claimantName.isBlank() || childName == null || childName.isBlank()) {
            return null;
        }
        return claimantName.strip() + SEPARATOR + childName.strip() + SEPARATOR + birthYear;
    }
}
