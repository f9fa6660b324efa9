-- The claim actions RECORD_WITHHELD_REIMBURSEMENT and RELEASE_WITHHELD_REIMBURSEMENT now write into the State's book
-- of amounts withheld (issue 15: one bookkeeping path). V73 carried what the timelines held when it ran; what they
-- recorded since then was on the timelines only. It is carried here the same way, so that each State's ledger
-- includes it: per claim and currency, one amount withheld (the sum of the amounts withheld since, on the first day
-- of them), and the releases since, out of the claim's amounts in that currency with something left, oldest first,
-- as the application now does. An event is "since" when it was recorded after the last one V73 carried for the same
-- claim, currency and action (V73 dated its rows with the last moment they carried); all of them when V73 carried
-- none.
CREATE TEMPORARY TABLE withheld_since (
    claim_id     BIGINT        NOT NULL,
    currency     CHAR(3)       NOT NULL,
    member_state CHAR(3)       NOT NULL,
    reference    VARCHAR(20)   NOT NULL,
    amount       DECIMAL(14,2) NOT NULL,
    first_on     DATE          NOT NULL,
    last_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (claim_id, currency)
);

INSERT INTO withheld_since (claim_id, currency, member_state, reference, amount, first_on, last_at)
SELECT c.id, e.currency, c.member_state, c.reference, SUM(e.amount), MIN(e.occurred_on), MAX(e.recorded_at)
  FROM claim_event e JOIN claim c ON c.id = e.claim_id
 WHERE e.action = 'RECORD_WITHHELD_REIMBURSEMENT' AND e.amount IS NOT NULL AND c.member_state IS NOT NULL
   AND e.recorded_at > COALESCE((SELECT MAX(w.recorded_at) FROM withheld_reimbursement w
                                  WHERE w.claim_id = e.claim_id AND w.currency = e.currency
                                    AND w.recorded_by = 'migration'), TIMESTAMP '1000-01-01 00:00:00')
 GROUP BY c.id, e.currency, c.member_state, c.reference;

INSERT INTO withheld_reimbursement (member_state, claim_id, claim_reference, withheld_on, amount, currency,
                                    reason, recorded_by, recorded_at)
SELECT member_state, claim_id, reference, first_on, amount, currency,
       'carried over from the claim''s timeline (recorded after V73)', 'migration', last_at
  FROM withheld_since;

CREATE TEMPORARY TABLE released_since (
    claim_id BIGINT        NOT NULL,
    currency CHAR(3)       NOT NULL,
    amount   DECIMAL(14,2) NOT NULL,
    last_on  DATE          NOT NULL,
    last_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (claim_id, currency)
);

INSERT INTO released_since (claim_id, currency, amount, last_on, last_at)
SELECT e.claim_id, e.currency, SUM(e.amount), MAX(e.occurred_on), MAX(e.recorded_at)
  FROM claim_event e JOIN claim c ON c.id = e.claim_id
 WHERE e.action = 'RELEASE_WITHHELD_REIMBURSEMENT' AND e.amount IS NOT NULL AND c.member_state IS NOT NULL
   AND e.recorded_at > COALESCE((SELECT MAX(d.recorded_at) FROM withheld_disposal d
                                   JOIN withheld_reimbursement w ON w.id = d.withheld_id
                                  WHERE w.claim_id = e.claim_id AND w.currency = e.currency
                                    AND d.recorded_by = 'migration'), TIMESTAMP '1000-01-01 00:00:00')
 GROUP BY e.claim_id, e.currency;

-- Each release shared out over the claim's amounts with something left, oldest first: an amount takes what the
-- release still needs after the amounts before it, at most its balance.
CREATE TEMPORARY TABLE release_parts (
    target      BIGINT        NOT NULL PRIMARY KEY,
    claim_id    BIGINT        NOT NULL,
    reference   VARCHAR(20)   NULL,
    part        DECIMAL(14,2) NOT NULL,
    released_on DATE          NOT NULL,
    released_at DATETIME(6)   NOT NULL
);

INSERT INTO release_parts (target, claim_id, reference, part, released_on, released_at)
SELECT x.id, x.claim_id, x.claim_reference, LEAST(x.balance, x.wanted - x.before_it), x.last_on, x.last_at
  FROM (SELECT w.id, w.claim_id, w.claim_reference, w.amount - w.released - w.paid_to_claimants AS balance, r.amount AS wanted, r.last_on, r.last_at,
               COALESCE(SUM(w.amount - w.released - w.paid_to_claimants)
                            OVER (PARTITION BY w.claim_id, w.currency ORDER BY w.withheld_on, w.id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_it
          FROM withheld_reimbursement w
          JOIN released_since r ON r.claim_id = w.claim_id AND r.currency = w.currency
         WHERE w.amount > w.released + w.paid_to_claimants) x
 WHERE x.wanted > x.before_it;

-- One disposal at a time: MariaDB 11.4 refuses an INSERT ... SELECT of two rows or more into withheld_disposal
-- ("Column 'withheld_id' cannot be null", the table's triggers at work), where single rows go in.
DELIMITER $$

BEGIN NOT ATOMIC
    DECLARE finished BOOLEAN DEFAULT FALSE;
    DECLARE part_target BIGINT;
    DECLARE part_claim BIGINT;
    DECLARE part_reference VARCHAR(20);
    DECLARE part_amount DECIMAL(14,2);
    DECLARE part_on DATE;
    DECLARE part_at DATETIME(6);
    DECLARE parts CURSOR FOR
        SELECT target, claim_id, reference, part, released_on, released_at FROM release_parts ORDER BY target;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET finished = TRUE;
    OPEN parts;
    carry: LOOP
        FETCH parts INTO part_target, part_claim, part_reference, part_amount, part_on, part_at;
        IF finished THEN
            LEAVE carry;
        END IF;
        INSERT INTO withheld_disposal (withheld_id, kind, disposed_on, amount, claim_id, claim_reference, reason,
                                       recorded_by, recorded_at)
        VALUES (part_target, 'RELEASED_TO_STATE', part_on, part_amount, part_claim, part_reference,
                'carried over from the claim''s timeline (recorded after V73)', 'migration', part_at);
    END LOOP;
    CLOSE parts;
END$$

DELIMITER ;

UPDATE withheld_reimbursement w JOIN release_parts p ON p.target = w.id
   SET w.released = w.released + p.part;

DROP TEMPORARY TABLE release_parts;
DROP TEMPORARY TABLE released_since;
DROP TEMPORARY TABLE withheld_since;
