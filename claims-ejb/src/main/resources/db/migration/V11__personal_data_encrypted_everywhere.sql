-- Every piece of personal data encrypted by the application, each value with the id of its key, so that keys
-- can be rotated online. The values themselves are encrypted by V11_1 (those stored in clear until now) and by
-- the rotation (those under an older key).

-- Room for sealed values: "v2:<key id>:" and base64 of the nonce, the ciphertext and the tag take about 4/3 of the
-- clear value's UTF-8 bytes (up to 4 a character) plus 50 characters. TEXT where VARCHAR would crowd the row.
ALTER TABLE claim
    MODIFY COLUMN wishes                TEXT        NULL,
    MODIFY COLUMN father_name           TEXT        NULL,
    MODIFY COLUMN father_service_number TEXT        NULL,
    MODIFY COLUMN father_unit           TEXT        NULL,
    MODIFY COLUMN claimant_name_index   VARCHAR(72) NULL;

ALTER TABLE claim_event
    MODIFY COLUMN on_behalf_of VARCHAR(1024) NULL;

ALTER TABLE claim_document
    MODIFY COLUMN file_name   VARCHAR(1024) NOT NULL,
    MODIFY COLUMN description TEXT          NULL;

-- A blind index names the key it was computed under, like every encrypted value: those of V10 are key 1's.
UPDATE claim SET claimant_name_index = CONCAT('1:', claimant_name_index)
WHERE claimant_name_index IS NOT NULL AND claimant_name_index NOT LIKE '%:%';

-- The key of each document's bytes, read from their header by the database, so that counting documents per key
-- or finding those still under an old key never reads megabytes of bytes. NULL for bytes in clear.
ALTER TABLE claim_document_content
    ADD COLUMN key_id SMALLINT GENERATED ALWAYS AS
        (IF(LEFT(content, 3) = 'v2:', CAST(SUBSTRING_INDEX(SUBSTRING(content, 4, 6), ':', 1) AS UNSIGNED), NULL))
        STORED,
    ADD INDEX ix_claim_document_content_key (key_id, document_id);

-- Rotations: the target becomes the key of every new value as the rotation starts, and its progress is kept
-- with each batch, so that a rotation interrupted by a restart resumes where it stopped.
CREATE TABLE key_rotation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_key_id    SMALLINT     NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    started_by       VARCHAR(64)  NOT NULL,
    pass             INT          NOT NULL,
    phase            VARCHAR(40)  NULL,
    after_1          BIGINT       NULL,
    after_2          BIGINT       NULL,
    rows_read        BIGINT       NOT NULL,
    values_rewritten BIGINT       NOT NULL,
    batches          BIGINT       NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NULL,
    failure          VARCHAR(500) NULL,
    CONSTRAINT ck_key_rotation_status CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    INDEX ix_key_rotation_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keys no value uses any more, retired for good: the application never uses them again, even if still configured.
-- Append-only like the audit trail, so that no account can bring a retired key back.
CREATE TABLE retired_key (
    key_id     SMALLINT    NOT NULL PRIMARY KEY,
    retired_at DATETIME(6) NOT NULL,
    retired_by VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER retired_key_no_update BEFORE UPDATE ON retired_key FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'retired_key is append-only: a retired key stays retired';

CREATE TRIGGER retired_key_no_delete BEFORE DELETE ON retired_key FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'retired_key is append-only: a retired key stays retired';

-- The timeline and the documents stay append-only, except that a value may be re-encrypted: an update passes
-- only when every other column is unchanged, no value appears or disappears, and each encrypted value is
-- sealed in the key-id format. Anything else is refused, whoever asks, as before.
DROP TRIGGER claim_event_no_update;
DROP TRIGGER claim_document_no_update;
DROP TRIGGER claim_document_content_no_update;

DELIMITER $$

CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.sequence <=> OLD.sequence
            AND NEW.occurred_on <=> OLD.occurred_on AND NEW.recorded_at <=> OLD.recorded_at
            AND NEW.actor <=> OLD.actor AND NEW.actor_role <=> OLD.actor_role AND NEW.action <=> OLD.action
            AND NEW.status_after <=> OLD.status_after AND NEW.amount <=> OLD.amount
            AND NEW.currency <=> OLD.currency
            AND (NEW.details IS NULL) = (OLD.details IS NULL) AND (NEW.details IS NULL OR NEW.details LIKE 'v2:%')
            AND (NEW.on_behalf_of IS NULL) = (OLD.on_behalf_of IS NULL)
            AND (NEW.on_behalf_of IS NULL OR NEW.on_behalf_of LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claim_event is append-only: events are never updated, only re-encrypted';
    END IF;
END$$

CREATE TRIGGER claim_document_no_update BEFORE UPDATE ON claim_document FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.media_type <=> OLD.media_type
            AND NEW.size_bytes <=> OLD.size_bytes AND NEW.sha256 <=> OLD.sha256
            AND NEW.uploaded_by <=> OLD.uploaded_by AND NEW.uploaded_by_role <=> OLD.uploaded_by_role
            AND NEW.uploaded_at <=> OLD.uploaded_at AND NEW.file_name LIKE 'v2:%'
            AND (NEW.description IS NULL) = (OLD.description IS NULL)
            AND (NEW.description IS NULL OR NEW.description LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claim_document is append-only: documents are never updated, only re-encrypted';
    END IF;
END$$

CREATE TRIGGER claim_document_content_no_update BEFORE UPDATE ON claim_document_content FOR EACH ROW
BEGIN
    IF NOT (NEW.document_id <=> OLD.document_id AND LEFT(NEW.content, 3) = 'v2:') THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claim_document_content is append-only: documents are never updated, only re-encrypted';
    END IF;
END$$

DELIMITER ;
