package un.vra.claims.claim;

/**
 * What a claim waits for now. Four steps have a time standard (DOMAIN.md, "Clocks and aging"); the others are
 * shown as the next step but are never overdue.
 */
public enum NextStep {
    NOTIFY_MEMBER_STATE,
    ACKNOWLEDGE,
    START_DNA_TEST,
    COLLECT_SAMPLES,
    RECORD_DNA_RESULT,
    CONFIRM_OUTCOME,
    ARRANGE_SUPPORT,
    RECORD_PAYMENT,
    CLOSE,
    RESUME;

    /**
     * The step a claim in this state waits for. The DNA test waits for the child's and the alleged father's
     * samples, then for the result; a claim on hold waits for the claimant; a closed claim waits for nothing.
     */
    static NextStep of(ClaimStatus status, Route route, ClaimType type, DnaTest dna) {
        return switch (status) {
            case RECEIVED -> route == Route.MEMBER_STATE ? NOTIFY_MEMBER_STATE : START_DNA_TEST;
            case NOTIFIED -> ACKNOWLEDGE;
            case ACKNOWLEDGED -> COLLECT_SAMPLES;
            case DNA_TESTING -> dna != null && dna.hasEssentialSamples() ? RECORD_DNA_RESULT : COLLECT_SAMPLES;
            case OUTCOME_REPORTED -> CONFIRM_OUTCOME;
            case INCONCLUSIVE -> START_DNA_TEST;
            case PATERNITY_ESTABLISHED -> type.needsSupport() ? ARRANGE_SUPPORT : CLOSE;
            case PATERNITY_EXCLUDED -> CLOSE;
            case SUPPORT_ARRANGED -> RECORD_PAYMENT;
            case ON_HOLD -> RESUME;
            case CLOSED -> null;
        };
    }
}
