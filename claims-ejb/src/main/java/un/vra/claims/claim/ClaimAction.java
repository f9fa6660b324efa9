package un.vra.claims.claim;

/** Everything that can happen to a claim. These names are the contract of the API and the pages. */
public enum ClaimAction {
    REGISTER,
    NOTIFY_MEMBER_STATE,
    ACKNOWLEDGE,
    START_DNA_TEST,
    RECORD_SAMPLE_COLLECTION,
    RECORD_CUSTODY_TRANSFER,
    RECORD_LAB_RECEIPT,
    RECORD_DNA_RESULT,
    RECORD_ADMISSION,
    CONFIRM_OUTCOME,
    REJECT_OUTCOME,
    ARRANGE_SUPPORT,
    RECORD_PAYMENT,
    /** New terms for a support arrangement from a day: amount and frequency, in its currency. */
    REVISE_SUPPORT,
    /** Ends a support arrangement before its last day, with a reason. */
    TERMINATE_SUPPORT,
    RECORD_INTERIM_ASSISTANCE,
    RECORD_WITHHELD_REIMBURSEMENT,
    RELEASE_WITHHELD_REIMBURSEMENT,
    PUT_ON_HOLD,
    RESUME,
    CLOSE,
    REOPEN,
    ADD_COMMENT,
    ADD_DOCUMENT,
    /** Recorded with a notification that goes against the claimant's wish that the alleged father not be contacted. */
    OVERRIDE_NO_CONTACT_WISH,
    /**
     * Recorded by the daily reminder job when a step's reminder ladder reaches a rung (a reminder, a copy to the
     * Permanent Mission, an escalation to the VRA): the mails it queued are in the outbox.
     */
    REMINDER_SENT,
    /**
     * Recorded when the application wrote a note verbale to the State's Permanent Mission (on notifying it, and on
     * the copy of a step 60 days overdue) and stored it among the claim's documents; shared with the State, to
     * which the note is addressed.
     */
    NOTE_VERBALE_SENT,
    /**
     * Recorded by the daily job two years before a child of an open claim comes of age, once per child: the
     * alert mails to the VRA and the State are in the outbox.
     */
    MAJORITY_ALERT,
    /**
     * A child's year or date of birth corrected by the VRA: a correction of the record, not a step of the claim,
     * so it has no row in the lifecycle; UN only, since it may hold the date of birth.
     */
    CORRECT_CHILD_BIRTH
}
