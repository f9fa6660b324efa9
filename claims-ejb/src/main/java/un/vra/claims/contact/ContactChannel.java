package un.vra.claims.contact;

/** How the UN reached, or tried to reach, the claimant. */
public enum ContactChannel {
    IN_PERSON,
    PHONE,
    EMAIL,
    LETTER,
    /** Through someone else: a victims' assistance provider, a field office, a relative. */
    THROUGH_INTERMEDIARY
}
