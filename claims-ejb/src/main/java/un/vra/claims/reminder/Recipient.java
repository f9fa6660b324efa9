package un.vra.claims.reminder;

/** Where a mail goes and the language its reader reads: an account's address, a Permanent Mission's, the VRA's. */
public record Recipient(String email, String language) {}
