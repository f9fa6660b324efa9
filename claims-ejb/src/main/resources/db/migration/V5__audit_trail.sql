-- Who looked at which claim's personal data, and the security events of sign-in and authorization. Both are
-- append-only: the database refuses to change or remove a row, whoever asks.

CREATE TABLE access_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    reference      VARCHAR(20)  NOT NULL,
    what           VARCHAR(200) NOT NULL,
    channel        VARCHAR(10)  NOT NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_access_reference (reference, occurred_at),
    INDEX ix_access_user (username, occurred_at),
    INDEX ix_access_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(64)  NULL,
    kind           VARCHAR(30)  NOT NULL,
    detail         VARCHAR(300) NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_security_kind (kind, occurred_at),
    INDEX ix_security_user (username, occurred_at),
    INDEX ix_security_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only: entries are never updated';

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only: entries are never deleted';

CREATE TRIGGER security_event_no_update BEFORE UPDATE ON security_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'security_event is append-only: entries are never updated';

CREATE TRIGGER security_event_no_delete BEFORE DELETE ON security_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'security_event is append-only: entries are never deleted';
