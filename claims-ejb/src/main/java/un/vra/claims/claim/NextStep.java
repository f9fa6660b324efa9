package un.vra.claims.claim;

/**
 * What a claim waits for now, each the clock of the actions that wait for it in the {@link Lifecycle} table.
 * Eight steps have a time standard ({@link TimeStandards}): five of the State's and three of the UN's; the others
 * are shown as the next step but are never overdue.
 */
public enum NextStep {
    NOTIFY_MEMBER_STATE,
    ACKNOWLEDGE,
    START_DNA_TEST,
    /** A new DNA test after an inconclusive result, which has a standard of its own. */
    START_RETEST,
    COLLECT_SAMPLES,
    RECORD_DNA_RESULT,
    CONFIRM_OUTCOME,
    ARRANGE_SUPPORT,
    RECORD_PAYMENT,
    CLOSE,
    RESUME
}
