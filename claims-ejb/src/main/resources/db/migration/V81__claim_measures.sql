-- Measures maintained, not recomputed (issue 13). Each state period of a claim adds one to its group on the day
-- it starts and takes it away on the day it ends; a pending claim moves from one age band to the next on the
-- anniversaries of its receipt. These changes are kept per breakdown (dimension S: the State on the Member
-- State route, '' on the UN's; M: mission; C: personnel category; Y: year received), in three kinds of rows:
--   D  the change on one day (period_start is the day),
--   M  the change over one month (period_start is its first day),
--   Y  the count before a year (period_start is its 1 January), for each year of claim_measure_year.
-- The count of a group as of day d is its Y row of the latest year of claim_measure_year not after d, plus its M
-- rows from that year up to d's month, plus its D rows of d's month up to d: a few thousand rows at most. The
-- application writes them in the transaction that writes the period (MeasureMaintenance); the rebuild command
-- (MeasureRepository) writes them anew from the periods, and fills claim_measure_year: until it has run, the
-- measures are read from the periods as before.
CREATE TABLE claim_measure (
    dimension         CHAR(1)     NOT NULL,
    period_kind       CHAR(1)     NOT NULL,
    period_start      DATE        NOT NULL,
    dim_key           VARCHAR(30) NOT NULL,
    route             VARCHAR(20) NOT NULL,
    status            VARCHAR(30) NOT NULL,
    paternity_outcome VARCHAR(20) NOT NULL,
    age_band          TINYINT     NOT NULL,
    claims            BIGINT      NOT NULL,
    PRIMARY KEY (dimension, period_kind, period_start, dim_key, route, status, paternity_outcome, age_band),
    CONSTRAINT ck_claim_measure_dimension CHECK (dimension IN ('S', 'M', 'C', 'Y')),
    CONSTRAINT ck_claim_measure_kind CHECK (period_kind IN ('D', 'M', 'Y'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The years whose Y rows exist; empty until the first rebuild.
CREATE TABLE claim_measure_year (
    year_start INT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
