-- The whole claim: claimant (name and contact encrypted by the application), wishes, children, the
-- alleged father, the current DNA test and support arrangement, the milestones the measures need, money on
-- events, the state periods behind as-of metrics, legacy import batches, and an append-only timeline.

ALTER TABLE claim
    ADD COLUMN claimant_name        VARCHAR(2048) NULL,
    ADD COLUMN claimant_contact     VARCHAR(4096) NULL,
    ADD COLUMN wish_no_father_contact BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN wishes               VARCHAR(2000) NULL,
    ADD COLUMN father_name          VARCHAR(200)  NULL,
    ADD COLUMN father_nationality   CHAR(3)       NULL,
    ADD COLUMN father_service_number VARCHAR(60)  NULL,
    ADD COLUMN father_unit          VARCHAR(200)  NULL,
    ADD COLUMN father_rotation_from DATE          NULL,
    ADD COLUMN father_rotation_to   DATE          NULL,
    ADD COLUMN dna_kit_id           VARCHAR(60)   NULL,
    ADD COLUMN dna_laboratory       VARCHAR(200)  NULL,
    ADD COLUMN dna_child_seal       VARCHAR(60)   NULL,
    ADD COLUMN dna_mother_seal      VARCHAR(60)   NULL,
    ADD COLUMN dna_father_seal      VARCHAR(60)   NULL,
    ADD COLUMN dna_lab_received_on  DATE          NULL,
    ADD COLUMN dna_seals_intact     BOOLEAN       NULL,
    ADD COLUMN support_kind         VARCHAR(20)   NULL,
    ADD COLUMN support_amount       DECIMAL(14,2) NULL,
    ADD COLUMN support_currency     CHAR(3)       NULL,
    ADD COLUMN support_frequency    VARCHAR(20)   NULL,
    ADD COLUMN support_starts_on    DATE          NULL,
    ADD COLUMN notified_on          DATE          NULL,
    ADD COLUMN acknowledged_on      DATE          NULL,
    ADD COLUMN dna_result_on        DATE          NULL,
    ADD COLUMN paternity_determined_on DATE       NULL,
    ADD COLUMN closed_on            DATE          NULL,
    ADD CONSTRAINT fk_claim_father_nationality FOREIGN KEY (father_nationality) REFERENCES member_state (code),
    ADD INDEX ix_claim_route_state_status (route, member_state, status),
    ADD INDEX ix_claim_state_notified (member_state, notified_on),
    ADD INDEX ix_claim_allegation (allegation_reference);

CREATE TABLE claim_child (
    claim_id   BIGINT       NOT NULL,
    position   INT          NOT NULL,
    pseudonym  VARCHAR(20)  NOT NULL,
    name       VARCHAR(2048) NULL,
    birth_year INT          NOT NULL,
    sex        VARCHAR(12)  NOT NULL,
    PRIMARY KEY (claim_id, position),
    CONSTRAINT fk_claim_child_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE claim_event
    ADD COLUMN sequence      INT           NOT NULL DEFAULT 0,
    ADD COLUMN amount        DECIMAL(14,2) NULL,
    ADD COLUMN currency      CHAR(3)       NULL,
    ADD COLUMN on_behalf_of  VARCHAR(100)  NULL;

-- Number existing events in the order they were stored; from now on the claim numbers its own events, and
-- the unique key makes a second writer of the same position fail instead of interleaving.
UPDATE claim_event e
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY claim_id ORDER BY id) AS position FROM claim_event) numbered
    ON numbered.id = e.id
SET e.sequence = numbered.position;

ALTER TABLE claim_event ADD CONSTRAINT uq_claim_event_sequence UNIQUE (claim_id, sequence);

-- One row per stretch of time a claim spent in one state: the claim as it stood on any date is the row
-- whose [valid_from, valid_to) holds that date. Denormalised filters keep as-of metrics to one table.
CREATE TABLE claim_state_period (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id           BIGINT      NOT NULL,
    valid_from         DATE        NOT NULL,
    valid_to           DATE        NULL,
    status             VARCHAR(30) NOT NULL,
    paternity_outcome  VARCHAR(20) NOT NULL,
    route              VARCHAR(20) NOT NULL,
    member_state       CHAR(3)     NULL,
    mission            VARCHAR(20) NOT NULL,
    personnel_category VARCHAR(30) NOT NULL,
    received_on        DATE        NOT NULL,
    CONSTRAINT fk_claim_state_period_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    INDEX ix_period_claim (claim_id, valid_from),
    INDEX ix_period_open (valid_to, status, paternity_outcome, route, member_state),
    INDEX ix_period_from (valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Claims stored before this migration get one open period in their current state.
INSERT INTO claim_state_period (claim_id, valid_from, valid_to, status, paternity_outcome, route, member_state,
                                mission, personnel_category, received_on)
SELECT id, last_event_on, NULL, status, paternity_outcome, route, member_state, mission, personnel_category, received_on
FROM claim;

CREATE TABLE import_batch (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256       CHAR(64)    NOT NULL,
    imported_at  DATETIME(6) NOT NULL,
    imported_by  VARCHAR(64) NOT NULL,
    claim_count  INT         NOT NULL,
    CONSTRAINT uq_import_batch_sha256 UNIQUE (sha256)
) ENGINE = InnoDB;

-- The timeline is append-only: the database itself refuses to change or remove an event.
CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_event is append-only: events are never updated';

CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_event is append-only: events are never deleted';
