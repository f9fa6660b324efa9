package un.vra.claims.claim;

/** The alleged father's category of personnel; it fixes the claim's route. */
public enum PersonnelCategory {
    MILITARY_CONTINGENT(Route.MEMBER_STATE),
    MILITARY_OBSERVER(Route.MEMBER_STATE),
    FORMED_POLICE_UNIT(Route.MEMBER_STATE),
    INDIVIDUAL_POLICE(Route.MEMBER_STATE),
    CIVILIAN(Route.UN),
    UN_VOLUNTEER(Route.UN),
    CONTRACTOR(Route.UN),
    /**
     * Government-provided personnel (A/78/774, para 69): seconded by a Member State, which answers for them as for
     * uniformed personnel.
     */
    GOVERNMENT_PROVIDED_PERSONNEL(Route.MEMBER_STATE);

    private final Route route;

    PersonnelCategory(Route route) {
        this.route = route;
    }

    public Route route() {
        return route;
    }
}
