-- The States' ratings read from maintained spans (issues 13 and 16), not from every period and event on each
-- request. Each claim a State answers for (Member State route, notified) gives spans of days, already cut to the
-- days it answers for it (from its notification, up to the claimant's withdrawal): a span counts as of day d when
-- valid_from <= d < valid_to (NULL: still open). Kinds:
--   C  a state period on the Member State route (member_state: the period's State)
--   P  such a period while the claim is pending
--   W  such a period while it is pending in the State's turn
--   I  the days of a W period on which it is idle: in the State's turn for idle_days and no action of the State
--      recorded in the idle_days up to the day
--   K  an acknowledgement that counts as of the day: recorded, or late (past acknowledge_days, less the days
--      on hold) (member_state: the claim's State)
--   A  an acknowledgement recorded within acknowledge_days, less the days on hold
--   D  a DNA result recorded; days: from the notification to its recording, less the days on hold
-- The spans (and their counts, state_rating_count) are written from the claims, periods and events by the
-- rebuild (MeasureService) and, for each claim written since, on the next read of the ratings or within a
-- minute (state_rating_dirty lists those claims, one row per write). They are read only while
-- state_rating_basis holds the standards the application runs with; else the ratings are computed from the
-- periods and events as before.
CREATE TABLE state_rating_span (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT  NOT NULL,
    kind         CHAR(1) NOT NULL,
    member_state CHAR(3) NULL,
    valid_from   DATE    NOT NULL,
    valid_to     DATE    NULL,
    days         INT     NULL,
    KEY ix_state_rating_span_claim (claim_id),
    KEY ix_state_rating_span_kind (kind, valid_from, valid_to, member_state, days),
    CONSTRAINT ck_state_rating_span_kind CHECK (kind IN ('C', 'P', 'W', 'I', 'K', 'A', 'D'))
) ENGINE = InnoDB;

-- The spans counted per State and kind (D aside, read from the spans for its median), the way claim_measure counts
-- the periods (V81): each span adds one on its first day and takes it away on its end, and these changes are kept
-- per day (period_kind D), per month (M) and per year (Y). The count as of day d is the sum of the Y rows of the
-- years before d's, the M rows of d's year before d's month, and the D rows of d's month up to d: a few rows per
-- State and kind, whatever the number of claims. member_state '' stands for none.
CREATE TABLE state_rating_count (
    period_kind  CHAR(1) NOT NULL,
    period_start DATE    NOT NULL,
    kind         CHAR(1) NOT NULL,
    member_state CHAR(3) NOT NULL,
    claims       BIGINT  NOT NULL,
    PRIMARY KEY (period_kind, period_start, kind, member_state),
    CONSTRAINT ck_state_rating_count_period CHECK (period_kind IN ('D', 'M', 'Y'))
) ENGINE = InnoDB;

CREATE TABLE state_rating_dirty (
    id       BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id BIGINT NOT NULL
) ENGINE = InnoDB;

-- The standards the spans were written with; empty until the first rebuild.
CREATE TABLE state_rating_basis (
    id               INT       NOT NULL PRIMARY KEY,
    acknowledge_days INT       NOT NULL,
    idle_days        INT       NOT NULL,
    rebuilt_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_state_rating_basis_one CHECK (id = 1)
) ENGINE = InnoDB;

