package un.vra.claims.claim.application;

import un.vra.claims.account.Caller;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Audience;

/**
 * Which party a claim is shown to. The UN sees everything; the Member State sees what is shared with it, and
 * the UN's people only as "UN", never by their account names.
 */
public enum Side {
    UN,
    MEMBER_STATE;

    /** How an author is named to the State: the party, not the person. */
    public static final String UN_ACTOR = "UN";

    public static final String MEMBER_STATE_ACTOR = "Member State";

    /**
     * The side a caller reads from: a focal point always the State's; the UN's people their own, or the State's
     * when they ask to see the claim as the State does.
     */
    public static Side of(Caller caller, boolean asMemberState) {
        return caller.isFocalPoint() || asMemberState ? MEMBER_STATE : UN;
    }

    /** What the access log adds when the UN reads a claim as its State sees it; nothing otherwise. */
    public static String previewNote(Caller caller, Side side) {
        return side == MEMBER_STATE && !caller.isFocalPoint() ? " as the Member State sees it" : "";
    }

    public boolean sees(Audience audience) {
        return this == UN || audience == Audience.SHARED;
    }

    /** The author's name as this side may read it. */
    public String actor(String username, String role) {
        if (this == UN) {
            return username;
        }
        return Actor.MEMBER_STATE_ROLE.equals(role) ? MEMBER_STATE_ACTOR : UN_ACTOR;
    }

    /** The author's role as this side may read it: the party alone for the State. */
    public String actorRole(String role) {
        if (this == UN) {
            return role;
        }
        return Actor.MEMBER_STATE_ROLE.equals(role) ? MEMBER_STATE.name() : UN.name();
    }
}
