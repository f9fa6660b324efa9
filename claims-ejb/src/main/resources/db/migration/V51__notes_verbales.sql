-- Notes verbales (issue 14): the note the Secretariat sends a Permanent Mission when it notifies the State of a
-- claim, and when a step of the State's is 60 days overdue, stored as a PDF among the claim's documents.

-- Each year's notes are numbered from one counter row (VRA/NV/2026/000123): the row is locked by the transaction
-- that takes a number, so two notes never get the same one, and none is taken from a max() that two could read.
CREATE TABLE note_verbale_counter (
    year_issued SMALLINT NOT NULL PRIMARY KEY,
    last_number INT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A note verbale is a document of the claim with the note's number. It is addressed to the State and holds no
-- personal data, so the State reads it whatever the claimant decided about sharing the UN's documents.
ALTER TABLE claim_document
    ADD COLUMN note_verbale_number VARCHAR(30) NULL,
    ADD CONSTRAINT uq_claim_document_note_verbale UNIQUE (note_verbale_number);
