-- The rating bands of the States' responsiveness (issue 16): the thresholds the VRA administrators set, one row.
-- A State is "unresponsive" when any of its measures is past its unresponsive bound, "responsive" when each of its
-- measures is within its responsive bound, and "needs attention" otherwise; a measure a State does not have (no
-- acknowledgement due, no DNA result, no claim in its turn) is not held against it. Shares are between 0 and 1.
CREATE TABLE rating_thresholds (
    id                             INT          NOT NULL PRIMARY KEY,
    acknowledged_responsive_from   DECIMAL(5,4) NOT NULL,
    acknowledged_unresponsive_below DECIMAL(5,4) NOT NULL,
    dna_result_responsive_up_to    INT          NOT NULL,
    dna_result_unresponsive_above  INT          NOT NULL,
    idle_responsive_up_to          DECIMAL(5,4) NOT NULL,
    idle_unresponsive_above        DECIMAL(5,4) NOT NULL,
    changed_at                     TIMESTAMP(6) NULL,
    changed_by                     VARCHAR(100) NULL,
    CONSTRAINT ck_rating_thresholds_one CHECK (id = 1),
    CONSTRAINT ck_rating_thresholds_acknowledged
        CHECK (0 <= acknowledged_unresponsive_below AND acknowledged_unresponsive_below <= acknowledged_responsive_from
               AND acknowledged_responsive_from <= 1),
    CONSTRAINT ck_rating_thresholds_dna
        CHECK (0 <= dna_result_responsive_up_to AND dna_result_responsive_up_to <= dna_result_unresponsive_above),
    CONSTRAINT ck_rating_thresholds_idle
        CHECK (0 <= idle_responsive_up_to AND idle_responsive_up_to <= idle_unresponsive_above
               AND idle_unresponsive_above <= 1)
);

INSERT INTO rating_thresholds (id, acknowledged_responsive_from, acknowledged_unresponsive_below,
                               dna_result_responsive_up_to, dna_result_unresponsive_above,
                               idle_responsive_up_to, idle_unresponsive_above)
VALUES (1, 0.8, 0.5, 180, 365, 0.2, 0.5);
