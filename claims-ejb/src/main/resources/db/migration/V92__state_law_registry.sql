-- The registry of national law: one entry per Member State, which officers read before they notify a State of a
-- claim. Whether DNA evidence is admissible, how paternity is established, whether a foreign support order is
-- enforced, whom to ask for legal aid, the languages notes verbales may be written in and the Permanent Mission's
-- postal address. The mission's e-mail and the language it is written to in stay on member_state (V50), where the
-- reminders and the notes verbales read them: the registry shows them beside the entry and does not copy them.
-- Every State starts with an entry that records nothing (version 0, both enumerations UNKNOWN), so that the first
-- change is an update like every other, under the row's lock.
CREATE TABLE state_law (
    member_state              CHAR(3)       NOT NULL PRIMARY KEY,
    dna_evidence              VARCHAR(20)   NOT NULL,
    paternity_procedure       VARCHAR(4000) NULL,
    support_order_enforcement VARCHAR(20)   NOT NULL,
    legal_aid_contacts        VARCHAR(2000) NULL,
    note_verbale_languages    VARCHAR(20)   NOT NULL,
    mission_address           VARCHAR(1000) NULL,
    version                   BIGINT        NOT NULL,
    changed_by                VARCHAR(64)   NULL,
    changed_at                DATETIME(6)   NULL,
    CONSTRAINT fk_state_law_member_state FOREIGN KEY (member_state) REFERENCES member_state (code),
    CONSTRAINT ck_state_law_dna CHECK (dna_evidence IN ('YES', 'NO', 'WITH_COURT_ORDER', 'UNKNOWN')),
    CONSTRAINT ck_state_law_enforcement
        CHECK (support_order_enforcement IN ('ENFORCEABLE', 'BY_TREATY', 'NOT_ENFORCEABLE', 'UNKNOWN')),
    CONSTRAINT ck_state_law_changed CHECK ((version = 0) = (changed_by IS NULL AND changed_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each version of an entry as it was saved, who saved it and when; never changed afterwards.
CREATE TABLE state_law_revision (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_state              CHAR(3)       NOT NULL,
    version                   BIGINT        NOT NULL,
    dna_evidence              VARCHAR(20)   NOT NULL,
    paternity_procedure       VARCHAR(4000) NULL,
    support_order_enforcement VARCHAR(20)   NOT NULL,
    legal_aid_contacts        VARCHAR(2000) NULL,
    note_verbale_languages    VARCHAR(20)   NOT NULL,
    mission_address           VARCHAR(1000) NULL,
    changed_by                VARCHAR(64)   NOT NULL,
    changed_at                DATETIME(6)   NOT NULL,
    CONSTRAINT fk_state_law_revision_entry FOREIGN KEY (member_state) REFERENCES state_law (member_state),
    -- One row per version, and a State's history newest first from the index alone.
    CONSTRAINT uq_state_law_revision UNIQUE (member_state, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO state_law (member_state, dna_evidence, support_order_enforcement, note_verbale_languages, version)
SELECT code, 'UNKNOWN', 'UNKNOWN', '', 0 FROM member_state;

-- "append-only" in each message is how the runtime account's grants recognise the table (INSERT only).
DELIMITER $$

CREATE TRIGGER state_law_revision_no_update BEFORE UPDATE ON state_law_revision FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'state_law_revision is append-only: revisions are never updated';
END$$

CREATE TRIGGER state_law_revision_no_delete BEFORE DELETE ON state_law_revision FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'state_law_revision is append-only: revisions are never deleted';
END$$

DELIMITER ;
