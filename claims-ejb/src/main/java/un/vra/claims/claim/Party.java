package un.vra.claims.claim;

/** The two sides that act on a claim: the UN (the VRA's people) and the responsible Member State. */
public enum Party {
    UN,
    MEMBER_STATE;

    /** The side an actor acts for. */
    public static Party of(Actor actor) {
        return actor.isMemberState() ? MEMBER_STATE : UN;
    }
}
