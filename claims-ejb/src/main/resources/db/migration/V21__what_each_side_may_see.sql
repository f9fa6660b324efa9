-- The boundary between the UN and the Member States (issue 11).
--
-- Every event and every document has an audience: SHARED with the claim's State, or UN_ONLY. What exists is
-- classified by the defaults the application applies from now on: whatever a focal point recorded is shared;
-- of the UN's events, the notification, the State's own steps and the structured steps of the DNA test and of
-- support are shared; comments, hold, resumption, closure and reopening, interim assistance, withheld and
-- released reimbursements and the UN's documents stay with the UN.
--
-- A State's reported outcome (DNA result or admission) now waits for the VRA's confirmation: the claim keeps
-- what was reported and where it stood before.

ALTER TABLE claim
    ADD COLUMN reported_outcome     VARCHAR(20) NULL,
    ADD COLUMN reported_action      VARCHAR(40) NULL,
    ADD COLUMN status_before_report VARCHAR(30) NULL;

ALTER TABLE claim_event
    ADD COLUMN audience VARCHAR(10) NOT NULL DEFAULT 'UN_ONLY',
    ADD CONSTRAINT ck_claim_event_audience CHECK (audience IN ('SHARED', 'UN_ONLY'));

ALTER TABLE claim_document
    ADD COLUMN audience VARCHAR(10) NOT NULL DEFAULT 'UN_ONLY',
    ADD CONSTRAINT ck_claim_document_audience CHECK (audience IN ('SHARED', 'UN_ONLY'));

-- The append-only triggers refuse every change but a re-encryption: they step aside for the classification
-- alone, and come back knowing the new column, which no later update may change either.
DROP TRIGGER claim_event_no_update;
DROP TRIGGER claim_document_no_update;

UPDATE claim_event
SET audience = 'SHARED'
WHERE actor_role = 'FOCAL_POINT'
   OR action IN ('REGISTER', 'NOTIFY_MEMBER_STATE', 'ACKNOWLEDGE', 'START_DNA_TEST', 'RECORD_SAMPLE_COLLECTION',
                 'RECORD_CUSTODY_TRANSFER', 'RECORD_LAB_RECEIPT', 'RECORD_DNA_RESULT', 'RECORD_ADMISSION',
                 'ARRANGE_SUPPORT', 'RECORD_PAYMENT');

UPDATE claim_document SET audience = 'SHARED' WHERE uploaded_by_role = 'FOCAL_POINT';

ALTER TABLE claim_event ALTER COLUMN audience DROP DEFAULT;
ALTER TABLE claim_document ALTER COLUMN audience DROP DEFAULT;

-- What the State may read of a claim, in timeline order, without reading the rest.
CREATE INDEX ix_claim_event_audience ON claim_event (claim_id, audience, sequence);

DELIMITER $$

CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.sequence <=> OLD.sequence
            AND NEW.occurred_on <=> OLD.occurred_on AND NEW.recorded_at <=> OLD.recorded_at
            AND NEW.actor <=> OLD.actor AND NEW.actor_role <=> OLD.actor_role AND NEW.action <=> OLD.action
            AND NEW.status_after <=> OLD.status_after AND NEW.amount <=> OLD.amount
            AND NEW.currency <=> OLD.currency AND NEW.audience <=> OLD.audience
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
            AND NEW.uploaded_at <=> OLD.uploaded_at AND NEW.audience <=> OLD.audience
            AND NEW.file_name LIKE 'v2:%'
            AND (NEW.description IS NULL) = (OLD.description IS NULL)
            AND (NEW.description IS NULL OR NEW.description LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claim_document is append-only: documents are never updated, only re-encrypted';
    END IF;
END$$

DELIMITER ;
