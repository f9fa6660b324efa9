-- The children whose fingerprint is due: stored without one although the child's name is (before V90, or written by
-- SQL, as bench/generate-claims.sql does). The start-up backfill reads them alone through this index, in the
-- order of the children's key, instead of every child at each start: with none due, one look-up at any size. A
-- child without a name never has a fingerprint and is not due, so such children cost nothing either.
ALTER TABLE claim_child
    ADD COLUMN fingerprint_due BOOLEAN AS (fingerprint IS NULL AND name IS NOT NULL) STORED,
    ADD INDEX ix_claim_child_fingerprint_due (fingerprint_due);
