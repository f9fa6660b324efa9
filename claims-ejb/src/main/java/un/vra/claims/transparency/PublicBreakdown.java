package un.vra.claims.transparency;

/** What the rows of a public table are, besides the year received. */
public enum PublicBreakdown {
    /** The responsible State; the claims on the UN's own route form one row of their own. */
    MEMBER_STATE,
    MISSION
}
