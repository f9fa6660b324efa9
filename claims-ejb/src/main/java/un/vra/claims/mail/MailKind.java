package un.vra.claims.mail;

/**
 * What a mail is for: one rung of a step's reminder ladder each (DOMAIN.md, "Clocks and aging"), reminders to the
 * party whose step it is, the copy to the State's Permanent Mission and the escalation to the VRA office; or the
 * weekly digest of a reader's reminders.
 */
public enum MailKind {
    REMINDER,
    MISSION_COPY,
    VRA_ESCALATION,
    /** The weekly digest of the reminders held for a reader who chose it. */
    DIGEST,
    /** Two years before a child of an open claim comes of age: to the VRA office and the State's focal points. */
    MAJORITY_ALERT
}
