-- A registration sent again under the same Idempotency-Key (a client that retries after a lost answer, a timeout
-- or a database failure whose commit it cannot know) finds the claim the first one registered instead of opening a
-- second file. The key is the caller's own: two accounts may use the same text. The request is kept as a blind
-- index (an HMAC of the request under the key ring's index key), never as its personal data.
CREATE TABLE claim_registration_key (
    username        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_index   VARCHAR(80)  NOT NULL,
    claim_id        BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, idempotency_key),
    CONSTRAINT fk_registration_key_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
