-- The children counted from the maintained measures (issue 13) instead of joining every claim's children to its
-- periods on each request.
--
-- Each state period keeps its claim's number of children (children are named when the claim is registered and never
-- added or removed after), so that the measures count children the way they count claims: claim_measure.children is
-- the sum of the children of the claims its row counts. A child named in two claims is then counted twice there;
-- claim_child.shared marks every child whose fingerprint another row of claim_child has too, so that a read takes the
-- surplus away by reading those few rows alone. The mark is set by whatever writes a fingerprint (registration,
-- import, correction of a birth year, key rotation, backfill) and is never taken away but by a rebuild, which sets
-- every mark anew: a marked child whose twin changed counts the same, marked or not.
ALTER TABLE claim_state_period
    ADD COLUMN children INT NOT NULL DEFAULT 0;

UPDATE claim_state_period p
SET p.children = (SELECT COUNT(*) FROM claim_child c WHERE c.claim_id = p.claim_id);

ALTER TABLE claim_child
    ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_claim_child_shared (shared, claim_id);

UPDATE claim_child c
    JOIN (SELECT fingerprint FROM claim_child WHERE fingerprint IS NOT NULL GROUP BY fingerprint HAVING COUNT(*) > 1) s
    ON s.fingerprint = c.fingerprint
SET c.shared = TRUE;

-- A State's own view (a focal point's figures: its claims from their notification on) kept as its own rows too
-- (claim_measure.dimension N, by State), instead of checking every period's claim for its notification on each
-- request. Each period knows whether its claim had been notified when it began: the notification ends the period
-- before it, so every period is wholly before the notification or wholly after it.
ALTER TABLE claim_state_period
    ADD COLUMN notified BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE claim_state_period p JOIN claim c ON c.id = p.claim_id
SET p.notified = TRUE
WHERE c.notified_on IS NOT NULL AND c.notified_on <= p.valid_from;

ALTER TABLE claim_measure
    DROP CONSTRAINT ck_claim_measure_dimension,
    ADD CONSTRAINT ck_claim_measure_dimension CHECK (dimension IN ('S', 'M', 'C', 'Y', 'N'));

-- The rows written so far count no children: they are not read until the next rebuild writes them all anew, and the
-- figures are counted from the periods until then.
ALTER TABLE claim_measure
    ADD COLUMN children BIGINT NOT NULL DEFAULT 0;

DELETE FROM claim_measure_year;
DELETE FROM claim_measure;
