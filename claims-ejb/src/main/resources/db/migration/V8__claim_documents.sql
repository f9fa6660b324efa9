-- Documents attached to a claim (laboratory reports, notes verbales): what is known about each in one table,
-- its bytes in another, so that listing a claim's documents never reads a blob. Like the timeline, both are
-- append-only: the database itself refuses to change or remove a document.

CREATE TABLE claim_document (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id         BIGINT       NOT NULL,
    file_name        VARCHAR(120) NOT NULL,
    media_type       VARCHAR(40)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    description      VARCHAR(500) NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_by_role VARCHAR(20)  NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_claim_document_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_claim_document_type CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    CONSTRAINT ck_claim_document_size CHECK (size_bytes > 0),
    -- A claim's documents, newest first.
    INDEX ix_claim_document_claim_newest (claim_id, uploaded_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- LONGBLOB: the size limit is configuration (claims.documents.max-bytes), and MEDIUMBLOB stops at 16 MiB.
CREATE TABLE claim_document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_claim_document_content_document FOREIGN KEY (document_id) REFERENCES claim_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER claim_document_no_update BEFORE UPDATE ON claim_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_document is append-only: documents are never updated';

CREATE TRIGGER claim_document_no_delete BEFORE DELETE ON claim_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_document is append-only: documents are never deleted';

CREATE TRIGGER claim_document_content_no_update BEFORE UPDATE ON claim_document_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_document_content is append-only: documents are never updated';

CREATE TRIGGER claim_document_content_no_delete BEFORE DELETE ON claim_document_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_document_content is append-only: documents are never deleted';
