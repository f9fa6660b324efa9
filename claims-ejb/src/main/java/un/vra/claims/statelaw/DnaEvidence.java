package un.vra.claims.statelaw;

/** Whether the State's courts admit DNA evidence in a paternity case. */
public enum DnaEvidence {
    YES,
    NO,
    WITH_COURT_ORDER,
    UNKNOWN
}
