package un.vra.claims.statelaw;

/** Whether the State enforces a child-support order made abroad. */
public enum SupportOrderEnforcement {
    ENFORCEABLE,
    BY_TREATY,
    NOT_ENFORCEABLE,
    UNKNOWN
}
