package un.vra.claims.reminder;

/**
 * Where a mail goes, the language its reader reads, and whether the reader takes reminders in a weekly digest: an
 * account's address, a Permanent Mission's, the VRA's.
 */
public record Recipient(String email, String language, boolean weeklyDigest) {

    public Recipient(String email, String language) {
        this(email, language, false);
    }
}
