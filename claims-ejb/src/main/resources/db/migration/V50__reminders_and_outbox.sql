-- Reminders and escalation by e-mail (issue 14).

-- A retest after an inconclusive result has a time standard of its own (60 days), so it is a step of its own.
UPDATE claim SET next_step = 'START_RETEST' WHERE status = 'INCONCLUSIVE' AND next_step = 'START_DNA_TEST';

-- Where an account is written to, in which language, and whether it wants each mail or a weekly digest.
ALTER TABLE account
    ADD COLUMN email       VARCHAR(254) NULL,
    ADD COLUMN language    VARCHAR(2)   NOT NULL DEFAULT 'en',
    ADD COLUMN mail_digest BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_account_language CHECK (language IN ('en', 'fr'));

-- The Permanent Mission's contact address, copied at 60 days overdue, and the language it is written to in.
ALTER TABLE member_state
    ADD COLUMN mission_email    VARCHAR(254) NULL,
    ADD COLUMN mission_language VARCHAR(2)   NOT NULL DEFAULT 'en',
    ADD CONSTRAINT ck_member_state_mission_language CHECK (mission_language IN ('en', 'fr'));

-- Every mail the application sends, before and after it is sent. The idempotency key names what the mail is for
-- (claim, step, rung, day, recipient), so that the same mail is never queued twice, whoever queues it. The SMTP
-- server's last answer is kept. A mail to a reader who chose the weekly digest is HELD until Monday's digest takes
-- it in (DIGESTED). No personal data: the subject and body hold only a reference, a pseudonym, a
-- step, a day and a link.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    claim_id        BIGINT       NULL,
    member_state    VARCHAR(3)   NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_answer     VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT uq_mail_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT fk_mail_outbox_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_mail_outbox_status
        CHECK (status IN ('PENDING', 'RETRYING', 'SENT', 'FAILED', 'HELD', 'DIGESTED')),
    CONSTRAINT ck_mail_outbox_kind CHECK (kind IN ('REMINDER', 'MISSION_COPY', 'VRA_ESCALATION', 'DIGEST')),
    -- The sender's next batch: what is due to go, oldest first.
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    -- The administrators' list, newest first, by State.
    INDEX ix_mail_outbox_state (member_state, created_at),
    INDEX ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each rung of the reminder ladder a claim's step reached, once: the claim's timeline event and the mails of a
-- rung are written in the transaction that inserts its row, so a second run of the same day adds nothing.
CREATE TABLE claim_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT      NOT NULL,
    step        VARCHAR(30) NOT NULL,
    rung        VARCHAR(30) NOT NULL,
    rung_on     DATE        NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_claim_reminder UNIQUE (claim_id, step, rung, rung_on),
    CONSTRAINT fk_claim_reminder_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A daily job's lease: a server runs the job only after taking the lease with an UPDATE whose condition holds for
-- one server at a time (the lease has expired), and records the last day it finished, so that another server, or
-- the same after a restart, neither runs a day twice nor skips one.
CREATE TABLE job_lease (
    job          VARCHAR(50)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(100) NULL,
    leased_until DATETIME(6)  NOT NULL,
    last_day     DATE         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lease (job, holder, leased_until, last_day) VALUES ('reminders', NULL, '2000-01-01', NULL);
