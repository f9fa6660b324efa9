-- Support becomes an account of its own on the claim (issue 15): arrangements with their terms and revisions, and
-- the payments against them, in tables that outlive the claim's resolution.
CREATE TABLE claim_support_arrangement (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id           BIGINT      NOT NULL,
    number             INT         NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    child_position     INT         NULL,
    periods_from       DATE        NOT NULL,
    last_day           DATE        NOT NULL,
    terminated_on      DATE        NULL,
    termination_reason VARCHAR(40) NULL,
    CONSTRAINT fk_support_arrangement_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT uq_support_arrangement_number UNIQUE (claim_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claim_support_terms (
    arrangement_id BIGINT        NOT NULL,
    effective_from DATE          NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    frequency      VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_support_terms_arrangement FOREIGN KEY (arrangement_id) REFERENCES claim_support_arrangement (id),
    INDEX ix_support_terms_arrangement (arrangement_id, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claim_support_payment (
    claim_id           BIGINT        NOT NULL,
    arrangement_number INT           NOT NULL,
    paid_on            DATE          NOT NULL,
    amount             DECIMAL(14,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_support_payment_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    INDEX ix_support_payment_claim (claim_id, paid_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each claim's one arrangement so far, carried over so that its figures today stay as they were: periods count from
-- its start day (due whole on each month's anniversary, as before), and it ends no earlier than the last day of the
-- period running today (for a claim closed other than resolved, the period running on its closure, when its
-- figures froze), and otherwise the day before the youngest child's majority (1 July of the year it turns 18), or
-- 18 years after the start on a claim that names no child.
CREATE TEMPORARY TABLE support_carried (
    claim_id   BIGINT   NOT NULL PRIMARY KEY,
    months     INT      NOT NULL,
    starts_on  DATE     NOT NULL,
    reference  DATE     NOT NULL,
    majority   DATE     NULL,
    frozen     BOOLEAN  NOT NULL,
    period_end DATE     NULL
);

INSERT INTO support_carried (claim_id, months, starts_on, reference, majority, frozen)
SELECT c.id,
       CASE c.support_frequency WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 0 END,
       c.support_starts_on,
       GREATEST(c.support_starts_on,
                IF(c.status = 'CLOSED' AND COALESCE(c.closure_reason, '') <> 'RESOLVED',
                   COALESCE(c.closed_on, CURDATE()), CURDATE())),
       (SELECT MAKEDATE(MAX(ch.birth_year) + 18, 1) + INTERVAL 6 MONTH - INTERVAL 1 DAY
          FROM claim_child ch WHERE ch.claim_id = c.id),
       c.status = 'CLOSED' AND COALESCE(c.closure_reason, '') <> 'RESOLVED'
  FROM claim c
 WHERE c.support_kind IS NOT NULL AND c.support_starts_on IS NOT NULL;

-- The day after the period running on the reference day, by the same rule as SupportSchedule.periodStart: a period
-- day a short month lacks moves to the first of the next month.
UPDATE support_carried
   SET period_end = IF(months = 0, starts_on,
           DATE_ADD(starts_on, INTERVAL (TIMESTAMPDIFF(MONTH, starts_on, reference) DIV months + 1) * months MONTH)
           + INTERVAL IF(DAY(DATE_ADD(starts_on,
                 INTERVAL (TIMESTAMPDIFF(MONTH, starts_on, reference) DIV months + 1) * months MONTH)) < DAY(starts_on),
                 1, 0) DAY
           - INTERVAL 1 DAY);

INSERT INTO claim_support_arrangement (claim_id, number, kind, child_position, periods_from, last_day)
SELECT c.id, 1, c.support_kind, NULL, c.support_starts_on,
       IF(s.frozen, s.period_end,
          GREATEST(s.period_end, COALESCE(s.majority, s.starts_on + INTERVAL 18 YEAR - INTERVAL 1 DAY)))
  FROM claim c JOIN support_carried s ON s.claim_id = c.id;

INSERT INTO claim_support_terms (arrangement_id, effective_from, amount, currency, frequency)
SELECT a.id, c.support_starts_on, c.support_amount, c.support_currency, c.support_frequency
  FROM claim_support_arrangement a JOIN claim c ON c.id = a.claim_id;

-- Every payment recorded so far, against that arrangement; the payer stays on the payment's event, encrypted.
INSERT INTO claim_support_payment (claim_id, arrangement_number, paid_on, amount, currency, recorded_at)
SELECT e.claim_id, 1, e.occurred_on, e.amount, e.currency, e.recorded_at
  FROM claim_event e JOIN claim_support_arrangement a ON a.claim_id = e.claim_id
 WHERE e.action = 'RECORD_PAYMENT' AND e.amount IS NOT NULL;

-- A claim waits for a payment from the day the oldest period left unpaid falls due (Claim.append): the payments
-- pay whole periods oldest first, since no period before the last day is cut. A claim resolved with support still to
-- be paid waits for it too; one paid to the end waits for nothing.
CREATE TEMPORARY TABLE support_unpaid (
    claim_id BIGINT NOT NULL PRIMARY KEY,
    since    DATE   NULL
);

INSERT INTO support_unpaid (claim_id, since)
SELECT x.claim_id,
       IF(x.months = 0, IF(x.paid >= x.amount, NULL, x.starts_on),
          NULLIF(LEAST(DATE_ADD(x.starts_on, INTERVAL x.k * x.months MONTH)
                       + INTERVAL IF(DAY(DATE_ADD(x.starts_on, INTERVAL x.k * x.months MONTH)) < DAY(x.starts_on), 1, 0) DAY,
                       x.last_day + INTERVAL 1 DAY),
                 x.last_day + INTERVAL 1 DAY))
  FROM (SELECT a.claim_id, s.months, s.starts_on, a.last_day, t.amount,
               COALESCE((SELECT SUM(p.amount) FROM claim_support_payment p WHERE p.claim_id = a.claim_id), 0) AS paid,
               FLOOR(COALESCE((SELECT SUM(p.amount) FROM claim_support_payment p WHERE p.claim_id = a.claim_id), 0)
                     / t.amount) AS k
          FROM claim_support_arrangement a
          JOIN claim_support_terms t ON t.arrangement_id = a.id
          JOIN support_carried s ON s.claim_id = a.claim_id) x;

UPDATE claim c JOIN support_unpaid u ON u.claim_id = c.id
   SET c.next_step = IF(u.since IS NULL, NULL, 'RECORD_PAYMENT'),
       c.next_step_since = u.since
 WHERE c.status = 'SUPPORT_ARRANGED' OR (c.status = 'CLOSED' AND c.closure_reason = 'RESOLVED');

DROP TEMPORARY TABLE support_unpaid;
DROP TEMPORARY TABLE support_carried;
