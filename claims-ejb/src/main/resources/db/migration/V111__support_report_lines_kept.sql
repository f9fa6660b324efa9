-- The money report's support lines at scale (issue 13): a line is a State, mission and currency with a term of an
-- arrangement started by the report's day. Its page of lines was a DISTINCT over every claim with support and its
-- terms' figures (1.9 million rows read at a million claims: 5 to 7 s for the count, as much for the page). Each line
-- is now kept here with its first term's day and how many terms it has, by triggers on the terms' figures (which V95's
-- triggers write) and on the claims, in the writer's transaction: the lines as of a day are those begun by then.
-- member_state is '' for the claims of no State (the UN's route).
CREATE TABLE support_line (
    member_state    CHAR(3)     NOT NULL,
    mission         VARCHAR(20) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    first_effective DATE        NOT NULL,
    terms           INT         NOT NULL,
    PRIMARY KEY (member_state, mission, currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

-- The line written anew from the terms' figures of its claims, or removed when none is left.
CREATE PROCEDURE support_line_recount(IN state CHAR(3), IN line_mission VARCHAR(20), IN line_currency CHAR(3))
BEGIN
    DELETE FROM support_line WHERE member_state = state AND mission = line_mission AND currency = line_currency;
    INSERT INTO support_line (member_state, mission, currency, first_effective, terms)
    SELECT state, line_mission, line_currency, MIN(t.effective_from), COUNT(*)
      FROM claim c JOIN support_term_figures t ON t.claim_id = c.id
     WHERE c.member_state <=> NULLIF(state, '') AND c.mission = line_mission AND t.currency = line_currency
    HAVING COUNT(*) > 0;
END$$

CREATE PROCEDURE support_line_added(IN claim BIGINT, IN term_currency CHAR(3), IN effective DATE)
BEGIN
    INSERT INTO support_line (member_state, mission, currency, first_effective, terms)
    SELECT COALESCE(c.member_state, ''), c.mission, term_currency, effective, 1 FROM claim c WHERE c.id = claim
        ON DUPLICATE KEY UPDATE terms = terms + 1, first_effective = LEAST(first_effective, effective);
END$$

-- One term less; the line is counted again when that was its last term or its first day.
CREATE PROCEDURE support_line_removed(IN claim BIGINT, IN term_currency CHAR(3), IN effective DATE)
BEGIN
    DECLARE state CHAR(3);
    DECLARE line_mission VARCHAR(20);
    SELECT COALESCE(c.member_state, ''), c.mission INTO state, line_mission FROM claim c WHERE c.id = claim;
    UPDATE support_line SET terms = terms - 1
     WHERE member_state = state AND mission = line_mission AND currency = term_currency;
    IF EXISTS (SELECT 1 FROM support_line WHERE member_state = state AND mission = line_mission
                 AND currency = term_currency AND (terms <= 0 OR first_effective = effective)) THEN
        CALL support_line_recount(state, line_mission, term_currency);
    END IF;
END$$

CREATE TRIGGER support_line_on_term_insert AFTER INSERT ON support_term_figures FOR EACH ROW
BEGIN
    CALL support_line_added(NEW.claim_id, NEW.currency, NEW.effective_from);
END$$

CREATE TRIGGER support_line_on_term_update AFTER UPDATE ON support_term_figures FOR EACH ROW
BEGIN
    IF NOT (OLD.claim_id = NEW.claim_id AND OLD.currency = NEW.currency AND OLD.effective_from = NEW.effective_from)
    THEN
        CALL support_line_removed(OLD.claim_id, OLD.currency, OLD.effective_from);
        CALL support_line_added(NEW.claim_id, NEW.currency, NEW.effective_from);
    END IF;
END$$

CREATE TRIGGER support_line_on_term_delete AFTER DELETE ON support_term_figures FOR EACH ROW
BEGIN
    CALL support_line_removed(OLD.claim_id, OLD.currency, OLD.effective_from);
END$$

-- A claim's State and mission are set at its registration; should either change, the lines of both its old and its
-- new State and mission are counted again.
CREATE TRIGGER support_line_on_claim_update AFTER UPDATE ON claim FOR EACH ROW
BEGIN
    IF NOT (OLD.member_state <=> NEW.member_state AND OLD.mission = NEW.mission) THEN
        DELETE FROM support_line
         WHERE (member_state = COALESCE(OLD.member_state, '') AND mission = OLD.mission)
            OR (member_state = COALESCE(NEW.member_state, '') AND mission = NEW.mission);
        INSERT INTO support_line (member_state, mission, currency, first_effective, terms)
        SELECT COALESCE(c.member_state, ''), c.mission, t.currency, MIN(t.effective_from), COUNT(*)
          FROM claim c JOIN support_term_figures t ON t.claim_id = c.id
         WHERE (c.member_state <=> OLD.member_state AND c.mission = OLD.mission)
            OR (c.member_state <=> NEW.member_state AND c.mission = NEW.mission)
         GROUP BY COALESCE(c.member_state, ''), c.mission, t.currency;
    END IF;
END$$

DELIMITER ;

-- The lines of the terms already stored.
INSERT INTO support_line (member_state, mission, currency, first_effective, terms)
SELECT COALESCE(c.member_state, ''), c.mission, t.currency, MIN(t.effective_from), COUNT(*)
  FROM claim c JOIN support_term_figures t ON t.claim_id = c.id
 GROUP BY COALESCE(c.member_state, ''), c.mission, t.currency;
