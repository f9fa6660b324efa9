package un.vra.claims.claim;

/** Why a claim was closed. */
public enum ClosureReason {
    RESOLVED,
    PATERNITY_EXCLUDED,
    WITHDRAWN,
    FATHER_DECEASED,
    FATHER_UNIDENTIFIABLE,
    CHILD_REACHED_MAJORITY,
    NOT_IN_BEST_INTERESTS
}
