package un.vra.claims.claim;

/** Where a claim stands. Which party's turn it is follows from the state and, for some, the route. */
public enum ClaimStatus {
    RECEIVED(Owner.UN),
    NOTIFIED(Owner.MEMBER_STATE),
    ACKNOWLEDGED(Owner.MEMBER_STATE),
    DNA_TESTING(Owner.ROUTE_OWNER),
    /** A DNA result or an admission reported by the Member State, waiting for the VRA's confirmation. */
    OUTCOME_REPORTED(Owner.UN),
    INCONCLUSIVE(Owner.ROUTE_OWNER),
    PATERNITY_EXCLUDED(Owner.UN),
    PATERNITY_ESTABLISHED(Owner.ROUTE_OWNER),
    SUPPORT_ARRANGED(Owner.ROUTE_OWNER),
    ON_HOLD(Owner.CLAIMANT),
    CLOSED(Owner.NOBODY);

    private enum Owner {
        UN,
        MEMBER_STATE,
        ROUTE_OWNER,
        CLAIMANT,
        NOBODY
    }

    private final Owner owner;

    ClaimStatus(Owner owner) {
        this.owner = owner;
    }

    public WhoseTurn whoseTurn(Route route) {
        return switch (owner) {
            case UN -> WhoseTurn.UN;
            case MEMBER_STATE -> WhoseTurn.MEMBER_STATE;
            case ROUTE_OWNER -> route == Route.MEMBER_STATE ? WhoseTurn.MEMBER_STATE : WhoseTurn.UN;
            case CLAIMANT -> WhoseTurn.CLAIMANT;
            case NOBODY -> WhoseTurn.NONE;
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
