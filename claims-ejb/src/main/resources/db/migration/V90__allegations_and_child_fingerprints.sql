-- Allegations as records (issue 16): the SEA allegation a claim is linked to, with its year and mission. Claims
-- keep linking by reference (claim.allegation_reference); registration and import create the allegation the
-- first time a reference is seen. In 2023, 70 allegations gave 93 claims: the metrics count both.
CREATE TABLE allegation (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference  VARCHAR(60) NOT NULL,
    year       INT         NOT NULL,
    mission    VARCHAR(20) NOT NULL,
    CONSTRAINT uq_allegation_reference UNIQUE (reference),
    CONSTRAINT fk_allegation_mission FOREIGN KEY (mission) REFERENCES mission (code),
    INDEX ix_allegation_year (year, reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Allegations of the claims stored before: the year and mission of the first claim received for each.
INSERT INTO allegation (reference, year, mission)
SELECT f.reference, YEAR(f.received_on), f.mission
FROM (SELECT allegation_reference AS reference, received_on, mission,
             ROW_NUMBER() OVER (PARTITION BY allegation_reference ORDER BY received_on, id) AS n
      FROM claim WHERE allegation_reference IS NOT NULL) f
WHERE f.n = 1;

-- A child's keyed fingerprint (a blind index of the claimant's name, the child's name and year of birth), so that
-- a child named in two claims counts once although names are sealed differently every time. Null where the
-- child's name is not known: such a child counts once per claim.
ALTER TABLE claim_child
    ADD COLUMN fingerprint VARCHAR(72) NULL,
    ADD INDEX ix_claim_child_fingerprint (fingerprint);
