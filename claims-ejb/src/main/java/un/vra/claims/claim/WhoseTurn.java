package un.vra.claims.claim;

/** The party a claim is waiting for; every pending day is attributed to exactly one of them. */
public enum WhoseTurn {
    UN,
    MEMBER_STATE,
    CLAIMANT,
    NONE
}
