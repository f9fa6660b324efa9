-- The blind index of the claimant's name (a keyed hash computed by the application), for finding a second
-- claim by the same person without storing the name in clear. Filled for existing claims by V10_1.
ALTER TABLE claim
    ADD COLUMN claimant_name_index CHAR(64) NULL,
    ADD INDEX ix_claim_claimant_name_index (claimant_name_index);
