package un.vra.claims.claim;

/**
 * What a claim waits for now, each the clock of the actions that wait for it in the {@link Lifecycle} table.
 * Four steps have a time standard (DOMAIN.md, "Clocks and aging"); the others are shown as the next step but are
 * never overdue.
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
    RESUME
}
