-- The money report's support part at scale (issue 15): what each term of each arrangement makes due is figured once,
-- when the arrangement or its terms change, by triggers in the same transaction, so that the report's computation
-- as of a day is a cheap indexed aggregate. Per term (the first terms and each revision, in order: position):
--   months     the months of a period (0: a lump sum), anchor the period day the term counts from,
--   ends_on    the term's last day (the day before the next revision, or the arrangement's end: its last day or its
--              termination, whichever comes first),
--   periods    the periods that fall due by ends_on (none when the term starts after it),
--   first_due  what the first period makes due (prorated from the term's first day, to ends_on when that comes first),
--   total_due  what the whole term makes due (a lump sum: its amount).
-- The rule is SupportSchedule's, to the cent, as the report computed it so far (SupportReportRepository): as of a day X
-- before ends_on with n = 1 + TIMESTAMPDIFF(MONTH, anchor, X) DIV months periods fallen due, every period but the
-- first and the last is whole, so a term makes first_due + (n - 1) x amount due, and total_due from its last period on.
-- The payments are summed per arrangement too; the report takes off those paid after the day it is asked for.
CREATE INDEX ix_claim_state_mission ON claim (member_state, mission);

CREATE INDEX ix_support_payment_day ON claim_support_payment (paid_on, claim_id, arrangement_number, amount);

CREATE TABLE support_term_figures (
    claim_id       BIGINT        NOT NULL,
    arrangement_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    number         INT           NOT NULL,
    child_position INT           NULL,
    effective_from DATE          NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    months         INT           NOT NULL,
    anchor         DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    periods        INT           NOT NULL,
    first_due      DECIMAL(20,2) NOT NULL,
    total_due      DECIMAL(20,2) NOT NULL,
    PRIMARY KEY (claim_id, arrangement_id, position),
    INDEX ix_support_term_figures_arrangement (arrangement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_paid (
    claim_id           BIGINT        NOT NULL,
    arrangement_number INT           NOT NULL,
    paid               DECIMAL(20,2) NOT NULL,
    PRIMARY KEY (claim_id, arrangement_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE PROCEDURE support_term_figures_refresh(IN arrangement BIGINT)
BEGIN
    DELETE FROM support_term_figures WHERE arrangement_id = arrangement;
    INSERT INTO support_term_figures (claim_id, arrangement_id, position, number, child_position, effective_from,
                                      currency, amount, months, anchor, ends_on, periods, first_due, total_due)
    SELECT k.claim_id, k.arrangement_id, k.position, k.number, k.child_position, k.f, k.currency, k.amount, k.m,
           k.anchor, k.t_end, k.n,
           IF(k.m = 0 OR k.n = 0, 0, IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) = DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor) + 1), 2))),
           CASE WHEN k.m = 0 THEN k.amount WHEN k.n = 0 THEN 0
                ELSE IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) = DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor) + 1), 2))
                     + IF(k.n >= 2, (k.n - 2) * k.amount + IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) = DATEDIFF((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) + 1), 2)), 0) END
      FROM (SELECT s.*, IF(s.m = 0 OR s.f > s.t_end, 0, 1 + TIMESTAMPDIFF(MONTH, s.anchor, s.t_end) DIV s.m) AS n
              FROM (SELECT a.id AS arrangement_id, a.claim_id, a.number, a.child_position, t.currency, t.amount,
                           t.effective_from AS f, ROW_NUMBER() OVER terms AS position,
                           CASE t.frequency WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12
                                ELSE 0 END AS m,
                           IF(ROW_NUMBER() OVER terms = 1, a.periods_from,
                              t.effective_from - INTERVAL (DAY(t.effective_from) - 1) DAY) AS anchor,
                           LEAST(COALESCE(a.terminated_on, a.last_day),
                                 COALESCE(LEAD(t.effective_from) OVER terms - INTERVAL 1 DAY, DATE '9999-12-31'))
                               AS t_end
                      FROM claim_support_arrangement a JOIN claim_support_terms t ON t.arrangement_id = a.id
                     WHERE a.id = arrangement
                    WINDOW terms AS (PARTITION BY t.arrangement_id ORDER BY t.effective_from)) s) k;
END$$

CREATE TRIGGER support_terms_figured_on_insert AFTER INSERT ON claim_support_terms FOR EACH ROW
BEGIN
    CALL support_term_figures_refresh(NEW.arrangement_id);
END$$

CREATE TRIGGER support_terms_figured_on_update AFTER UPDATE ON claim_support_terms FOR EACH ROW
BEGIN
    CALL support_term_figures_refresh(OLD.arrangement_id);
    IF NEW.arrangement_id <> OLD.arrangement_id THEN
        CALL support_term_figures_refresh(NEW.arrangement_id);
    END IF;
END$$

CREATE TRIGGER support_terms_figured_on_delete AFTER DELETE ON claim_support_terms FOR EACH ROW
BEGIN
    CALL support_term_figures_refresh(OLD.arrangement_id);
END$$

CREATE TRIGGER support_arrangement_figured_on_update AFTER UPDATE ON claim_support_arrangement FOR EACH ROW
BEGIN
    CALL support_term_figures_refresh(NEW.id);
END$$

CREATE TRIGGER support_arrangement_figured_on_delete AFTER DELETE ON claim_support_arrangement FOR EACH ROW
BEGIN
    DELETE FROM support_term_figures WHERE arrangement_id = OLD.id;
END$$

CREATE TRIGGER support_payment_summed_on_insert AFTER INSERT ON claim_support_payment FOR EACH ROW
BEGIN
    INSERT INTO support_paid (claim_id, arrangement_number, paid) VALUES (NEW.claim_id, NEW.arrangement_number, NEW.amount)
        ON DUPLICATE KEY UPDATE paid = paid + NEW.amount;
END$$

CREATE TRIGGER support_payment_summed_on_update AFTER UPDATE ON claim_support_payment FOR EACH ROW
BEGIN
    UPDATE support_paid SET paid = paid - OLD.amount
     WHERE claim_id = OLD.claim_id AND arrangement_number = OLD.arrangement_number;
    INSERT INTO support_paid (claim_id, arrangement_number, paid) VALUES (NEW.claim_id, NEW.arrangement_number, NEW.amount)
        ON DUPLICATE KEY UPDATE paid = paid + NEW.amount;
END$$

CREATE TRIGGER support_payment_summed_on_delete AFTER DELETE ON claim_support_payment FOR EACH ROW
BEGIN
    UPDATE support_paid SET paid = paid - OLD.amount
     WHERE claim_id = OLD.claim_id AND arrangement_number = OLD.arrangement_number;
END$$

DELIMITER ;

-- The figures of the arrangements and payments already stored.
INSERT INTO support_paid (claim_id, arrangement_number, paid)
SELECT claim_id, arrangement_number, SUM(amount) FROM claim_support_payment GROUP BY claim_id, arrangement_number;

INSERT INTO support_term_figures (claim_id, arrangement_id, position, number, child_position, effective_from,
                                  currency, amount, months, anchor, ends_on, periods, first_due, total_due)
SELECT k.claim_id, k.arrangement_id, k.position, k.number, k.child_position, k.f, k.currency, k.amount, k.m,
       k.anchor, k.t_end, k.n,
       IF(k.m = 0 OR k.n = 0, 0, IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) = DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor) + 1), 2))),
       CASE WHEN k.m = 0 THEN k.amount WHEN k.n = 0 THEN 0
            ELSE IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) = DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), k.f) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.anchor) + 1), 2))
                 + IF(k.n >= 2, (k.n - 2) * k.amount + IF(DATEDIFF(LEAST((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) = DATEDIFF((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)), k.amount, ROUND(k.amount * (DATEDIFF(LEAST((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), k.t_end), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) + 1) / (DATEDIFF((((k.anchor + INTERVAL k.n * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL k.n * k.m MONTH)) < DAY(k.anchor)) DAY) - INTERVAL 1 DAY), ((k.anchor + INTERVAL (k.n - 1) * k.m MONTH) + INTERVAL (DAY((k.anchor + INTERVAL (k.n - 1) * k.m MONTH)) < DAY(k.anchor)) DAY)) + 1), 2)), 0) END
  FROM (SELECT s.*, IF(s.m = 0 OR s.f > s.t_end, 0, 1 + TIMESTAMPDIFF(MONTH, s.anchor, s.t_end) DIV s.m) AS n
          FROM (SELECT a.id AS arrangement_id, a.claim_id, a.number, a.child_position, t.currency, t.amount,
                       t.effective_from AS f, ROW_NUMBER() OVER terms AS position,
                       CASE t.frequency WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12
                            ELSE 0 END AS m,
                       IF(ROW_NUMBER() OVER terms = 1, a.periods_from,
                          t.effective_from - INTERVAL (DAY(t.effective_from) - 1) DAY) AS anchor,
                       LEAST(COALESCE(a.terminated_on, a.last_day),
                             COALESCE(LEAD(t.effective_from) OVER terms - INTERVAL 1 DAY, DATE '9999-12-31'))
                           AS t_end
                  FROM claim_support_arrangement a JOIN claim_support_terms t ON t.arrangement_id = a.id
                WINDOW terms AS (PARTITION BY t.arrangement_id ORDER BY t.effective_from)) s) k;
