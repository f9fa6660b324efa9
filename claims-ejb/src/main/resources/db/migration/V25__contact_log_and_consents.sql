-- The UN's contacts with each claimant and the consents she gave or withdrew. UN only: nothing here is ever
-- shown to a Member State. Both are append-only like the timeline (a correction is a new entry): the database
-- refuses to change or remove a row, except that the key rotation may re-encrypt a note. Notes are sealed by
-- the application ("v2:<key id>:..."), so they are TEXT: 2,000 characters sealed take up to about 10,700.

CREATE TABLE contact_log (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT      NOT NULL,
    contacted_on DATE        NOT NULL,
    channel      VARCHAR(30) NOT NULL,
    outcome      VARCHAR(30) NOT NULL,
    contact_note TEXT        NULL,
    made_by      VARCHAR(64) NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_contact_log_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_contact_log_channel
        CHECK (channel IN ('IN_PERSON', 'PHONE', 'EMAIL', 'LETTER', 'THROUGH_INTERMEDIARY')),
    CONSTRAINT ck_contact_log_outcome CHECK (outcome IN ('REACHED', 'NOT_REACHED', 'MESSAGE_LEFT', 'DECLINED')),
    -- A claim's contacts, newest first.
    INDEX ix_contact_log_claim_newest (claim_id, contacted_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claimant_consent (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    decision     VARCHAR(20) NOT NULL,
    decided_on   DATE        NOT NULL,
    consent_note TEXT        NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_claimant_consent_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_claimant_consent_kind CHECK (kind IN ('NOTIFY_MEMBER_STATE', 'SHARE_DOCUMENTS', 'BE_CONTACTED')),
    CONSTRAINT ck_claimant_consent_decision CHECK (decision IN ('GIVEN', 'WITHDRAWN')),
    -- The latest decision of each kind (by day, then by id), and a claim's history newest first.
    INDEX ix_claimant_consent_latest (claim_id, kind, decided_on, id),
    INDEX ix_claimant_consent_claim_newest (claim_id, decided_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "append-only" in each message is how the runtime account's grants recognise these tables (INSERT only).
DELIMITER $$

CREATE TRIGGER contact_log_no_update BEFORE UPDATE ON contact_log FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.contacted_on <=> OLD.contacted_on
            AND NEW.channel <=> OLD.channel AND NEW.outcome <=> OLD.outcome AND NEW.made_by <=> OLD.made_by
            AND NEW.recorded_at <=> OLD.recorded_at
            AND (NEW.contact_note IS NULL) = (OLD.contact_note IS NULL)
            AND (NEW.contact_note IS NULL OR NEW.contact_note LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'contact_log is append-only: contacts are never updated, only re-encrypted';
    END IF;
END$$

CREATE TRIGGER contact_log_no_delete BEFORE DELETE ON contact_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'contact_log is append-only: contacts are never deleted';
END$$

CREATE TRIGGER claimant_consent_no_update BEFORE UPDATE ON claimant_consent FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.kind <=> OLD.kind
            AND NEW.decision <=> OLD.decision AND NEW.decided_on <=> OLD.decided_on
            AND NEW.recorded_by <=> OLD.recorded_by AND NEW.recorded_at <=> OLD.recorded_at
            AND (NEW.consent_note IS NULL) = (OLD.consent_note IS NULL)
            AND (NEW.consent_note IS NULL OR NEW.consent_note LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claimant_consent is append-only: consents are never updated, only re-encrypted';
    END IF;
END$$

CREATE TRIGGER claimant_consent_no_delete BEFORE DELETE ON claimant_consent FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claimant_consent is append-only: consents are never deleted';
END$$

DELIMITER ;
