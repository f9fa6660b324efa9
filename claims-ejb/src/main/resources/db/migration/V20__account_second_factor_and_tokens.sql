-- Accounts sign in with more than a password an administrator once typed.
--   demo: a demo account of the published README, which keeps its password alone.
--   password_change_required: the password was issued by someone else (an administrator, the installation's
--     configuration) and must be changed before anything else. Every account that exists before this migration
--     holds such a password, hence the default; demo accounts are marked again at the next start in demo mode.
--   credentials_changed_at: sessions signed in before it end (a password change or reset, a second factor reset).
--   totp_*: the RFC 6238 second factor; the secret is encrypted by the application like personal data, and the
--     last accepted time step refuses a code used twice.
ALTER TABLE account
    ADD COLUMN demo                     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN password_change_required BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN credentials_changed_at   DATETIME(6)  NULL,
    ADD COLUMN totp_secret              VARCHAR(512) NULL,
    ADD COLUMN totp_enrolled_at         DATETIME(6)  NULL,
    ADD COLUMN totp_last_step           BIGINT       NULL;

-- One-time recovery codes of the second factor, stored as SHA-256 of 120 random bits (never the code). A used
-- code keeps its row with the time it was used; codes replaced by new ones or by a reset are discarded, not
-- deleted, so that the application's database account needs no DELETE here.
CREATE TABLE account_recovery_code (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    code_hash    CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    discarded_at DATETIME(6) NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_recovery_code_account (account_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal API tokens of accounts with a second factor, stored as SHA-256 of 256 random bits (never the token).
CREATE TABLE api_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    name         VARCHAR(60) NOT NULL,
    token_hash   CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_api_token_account (account_id, revoked_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
