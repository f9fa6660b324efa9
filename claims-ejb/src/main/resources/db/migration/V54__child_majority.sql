-- The child's majority (issue 14).

-- A child's full date of birth where it is known, sealed like the name (personal data; readers see the year), and
-- the first day of the month the child comes of age, in clear: on 1 July of the year it turns 18 when only the
-- year is known. The month, not the day, is what the alerts, the lists and the dashboard read, from this index.
ALTER TABLE claim_child
    ADD COLUMN birth_date     VARCHAR(2048) NULL,
    ADD COLUMN majority_month DATE          NULL;

UPDATE claim_child SET majority_month = STR_TO_DATE(CONCAT(birth_year + 18, '-07-01'), '%Y-%m-%d');

ALTER TABLE claim_child
    MODIFY majority_month DATE NOT NULL,
    ADD INDEX ix_claim_child_majority (majority_month);

-- The month the claim's next child comes of age (none once every child has): the flag "majority approaching" and
-- its sort read this index instead of every claim's children. The daily job moves it on when the month has passed.
ALTER TABLE claim
    ADD COLUMN majority_month DATE NULL,
    ADD INDEX ix_claim_majority (majority_month);

UPDATE claim c
SET c.majority_month = (SELECT MIN(cc.majority_month)
                        FROM claim_child cc
                        WHERE cc.claim_id = c.id
                          AND cc.majority_month >= DATE_FORMAT(CURRENT_DATE, '%Y-%m-01'));

-- Each child's majority alert, once: the timeline event and the mails are written in the transaction that inserts
-- the row. A corrected birth that moves the majority to another month is alerted again.
CREATE TABLE claim_majority_alert (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id       BIGINT      NOT NULL,
    child_position INT         NOT NULL,
    majority_month DATE        NOT NULL,
    recorded_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_claim_majority_alert UNIQUE (claim_id, child_position, majority_month),
    CONSTRAINT fk_claim_majority_alert_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE mail_outbox DROP CONSTRAINT ck_mail_outbox_kind;
ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_kind
    CHECK (kind IN ('REMINDER', 'MISSION_COPY', 'VRA_ESCALATION', 'DIGEST', 'MAJORITY_ALERT'));
