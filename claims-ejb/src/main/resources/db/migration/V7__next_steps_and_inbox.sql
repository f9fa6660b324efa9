-- What each claim waits for and since when, so that "overdue" and "due" are indexed comparisons for any time
-- standard; and which inbox items each account has read.

ALTER TABLE claim
    ADD COLUMN next_step       VARCHAR(30) NULL,
    ADD COLUMN next_step_since DATE        NULL,
    ADD INDEX ix_claim_next_step (next_step, next_step_since),
    ADD INDEX ix_claim_state_next_step (member_state, route, next_step, next_step_since);

-- Claims notified or acknowledged through the API before this migration lost the milestone day (the action
-- wrote it to its parameter, not to the claim): take it back from the timeline.
UPDATE claim c SET c.notified_on = (SELECT MIN(e.occurred_on) FROM claim_event e
                                    WHERE e.claim_id = c.id AND e.action = 'NOTIFY_MEMBER_STATE')
WHERE c.notified_on IS NULL;
UPDATE claim c SET c.acknowledged_on = (SELECT MIN(e.occurred_on) FROM claim_event e
                                        WHERE e.claim_id = c.id AND e.action = 'ACKNOWLEDGE')
WHERE c.acknowledged_on IS NULL;

-- Claims stored before this migration: the step their state waits for, from the milestone that started it
-- where the claim records one, else from its last event.
UPDATE claim SET
    next_step = CASE status
        WHEN 'RECEIVED' THEN IF(route = 'MEMBER_STATE', 'NOTIFY_MEMBER_STATE', 'START_DNA_TEST')
        WHEN 'NOTIFIED' THEN 'ACKNOWLEDGE'
        WHEN 'ACKNOWLEDGED' THEN 'COLLECT_SAMPLES'
        WHEN 'DNA_TESTING' THEN IF(dna_child_seal IS NOT NULL AND dna_father_seal IS NOT NULL,
                                   'RECORD_DNA_RESULT', 'COLLECT_SAMPLES')
        WHEN 'INCONCLUSIVE' THEN 'START_DNA_TEST'
        WHEN 'PATERNITY_ESTABLISHED' THEN IF(claim_type = 'PATERNITY', 'CLOSE', 'ARRANGE_SUPPORT')
        WHEN 'PATERNITY_EXCLUDED' THEN 'CLOSE'
        WHEN 'SUPPORT_ARRANGED' THEN 'RECORD_PAYMENT'
        WHEN 'ON_HOLD' THEN 'RESUME'
        ELSE NULL END,
    next_step_since = CASE status
        WHEN 'CLOSED' THEN NULL
        WHEN 'NOTIFIED' THEN COALESCE(notified_on, last_event_on)
        WHEN 'ACKNOWLEDGED' THEN COALESCE(acknowledged_on, last_event_on)
        WHEN 'PATERNITY_ESTABLISHED' THEN COALESCE(paternity_determined_on, last_event_on)
        ELSE last_event_on END;

CREATE TABLE inbox_read (
    account_id BIGINT      NOT NULL,
    claim_id   BIGINT      NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    item_on    DATE        NOT NULL,
    read_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, claim_id, kind, item_on),
    CONSTRAINT fk_inbox_read_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_inbox_read_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE = InnoDB;
