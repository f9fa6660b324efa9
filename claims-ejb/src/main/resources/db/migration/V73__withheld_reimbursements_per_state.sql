-- Reimbursements withheld from a State's troop or police reimbursements while its claims are pending (A/78/774,
-- para 55), in a book per State: each amount withheld, for one claim or for the State as a whole, and what became
-- of it, released to the State or paid to a claimant, with a reason. UN only, like the rest of the money. Amounts
-- stay in their own currency; nothing is ever converted.
CREATE TABLE withheld_reimbursement (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_state    CHAR(3)       NOT NULL,
    claim_id        BIGINT        NULL,
    claim_reference VARCHAR(20)   NULL,
    withheld_on     DATE          NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    released        DECIMAL(14,2) NOT NULL DEFAULT 0,
    paid_to_claimants DECIMAL(14,2) NOT NULL DEFAULT 0,
    reason          VARCHAR(500)  NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_withheld_member_state FOREIGN KEY (member_state) REFERENCES member_state (code),
    CONSTRAINT fk_withheld_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_withheld_amount CHECK (amount > 0),
    -- What is released and paid out never goes below zero nor past what was withheld: the balance stays >= 0.
    CONSTRAINT ck_withheld_disposed
        CHECK (released >= 0 AND paid_to_claimants >= 0 AND released + paid_to_claimants <= amount),
    -- A State's book, newest first, and its ledger by currency.
    INDEX ix_withheld_state_newest (member_state, withheld_on, id),
    INDEX ix_withheld_state_currency (member_state, currency),
    INDEX ix_withheld_claim (claim_id, withheld_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE withheld_disposal (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    withheld_id     BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    disposed_on     DATE          NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    claim_id        BIGINT        NULL,
    claim_reference VARCHAR(20)   NULL,
    reason          VARCHAR(500)  NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_disposal_withheld FOREIGN KEY (withheld_id) REFERENCES withheld_reimbursement (id),
    CONSTRAINT fk_disposal_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_disposal_kind CHECK (kind IN ('RELEASED_TO_STATE', 'PAID_TO_CLAIMANT')),
    CONSTRAINT ck_disposal_amount CHECK (amount > 0),
    INDEX ix_disposal_withheld (withheld_id, disposed_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the claims' timelines withheld and released so far, carried into the book so that each State's figures
-- start where the claims left them: per claim and currency, one amount withheld on the first day something was,
-- and one release to the State of everything released, on the last day something was. Releases never exceeded what
-- was withheld (the claim refused it).
INSERT INTO withheld_reimbursement (member_state, claim_id, claim_reference, withheld_on, amount, currency,
                                    released, reason, recorded_by, recorded_at)
SELECT c.member_state, c.id, c.reference, MIN(e.occurred_on), SUM(e.amount), e.currency,
       COALESCE((SELECT SUM(r.amount) FROM claim_event r
                                  WHERE r.claim_id = c.id AND r.currency = e.currency
                                    AND r.action = 'RELEASE_WITHHELD_REIMBURSEMENT'), 0),
       'carried over from the claim''s timeline', 'migration', MAX(e.recorded_at)
  FROM claim_event e JOIN claim c ON c.id = e.claim_id
 WHERE e.action = 'RECORD_WITHHELD_REIMBURSEMENT' AND e.amount IS NOT NULL AND c.member_state IS NOT NULL
 GROUP BY c.id, c.member_state, c.reference, e.currency;

INSERT INTO withheld_disposal (withheld_id, kind, disposed_on, amount, claim_id, claim_reference, reason,
                               recorded_by, recorded_at)
SELECT w.id, 'RELEASED_TO_STATE', MAX(r.occurred_on), SUM(r.amount), w.claim_id, w.claim_reference,
       'carried over from the claim''s timeline', 'migration', MAX(r.recorded_at)
  FROM withheld_reimbursement w
  JOIN claim_event r ON r.claim_id = w.claim_id AND r.currency = w.currency
                    AND r.action = 'RELEASE_WITHHELD_REIMBURSEMENT' AND r.amount IS NOT NULL
 GROUP BY w.id, w.claim_id, w.claim_reference;

-- "append-only" in each message is how the runtime account's grants recognise the table (INSERT only).
DELIMITER $$

CREATE TRIGGER withheld_disposal_no_update BEFORE UPDATE ON withheld_disposal FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'withheld_disposal is append-only: disposals are never updated';
END$$

CREATE TRIGGER withheld_disposal_no_delete BEFORE DELETE ON withheld_disposal FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'withheld_disposal is append-only: disposals are never deleted';
END$$

DELIMITER ;
