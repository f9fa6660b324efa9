-- The children coming of age, counted as the claims and their children change (issue 13): per State and month of
-- majority, the children of the open claims (any status but CLOSED) on the Member State route. The dashboard's and
-- the portal's figure of the children who come of age in the next two years reads at most 25 months per State here,
-- instead of joining every child of the window (163,000 at a million claims) to its claim.
-- Kept by triggers in the writer's transaction, whoever writes (the application, the import, SQL): a child written,
-- its month of majority corrected or the child removed, and a claim whose status, route or State changes. A claim is
-- never deleted while it has children (the foreign key has no cascade). Rows may fall to 0 children; they stay.
CREATE TABLE majority_count (
    member_state   CHAR(3) NOT NULL,
    majority_month DATE    NOT NULL,
    children       INT     NOT NULL,
    PRIMARY KEY (majority_month, member_state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

-- Adds sign (1 or -1) for each child of the claim, under the State, month by month: in the key's order.
CREATE PROCEDURE majority_count_add(IN claim BIGINT, IN state CHAR(3), IN sign INT)
BEGIN
    INSERT INTO majority_count (member_state, majority_month, children)
    SELECT state, cc.majority_month, sign * COUNT(*) FROM claim_child cc WHERE cc.claim_id = claim
     GROUP BY cc.majority_month ORDER BY cc.majority_month
        ON DUPLICATE KEY UPDATE children = children + VALUES(children);
END$$

-- Adds sign for one child of the claim, when the claim is counted.
CREATE PROCEDURE majority_count_child(IN claim BIGINT, IN month DATE, IN sign INT)
BEGIN
    INSERT INTO majority_count (member_state, majority_month, children)
    SELECT c.member_state, month, sign FROM claim c
     WHERE c.id = claim AND c.status <> 'CLOSED' AND c.route = 'MEMBER_STATE' AND c.member_state IS NOT NULL
        ON DUPLICATE KEY UPDATE children = children + sign;
END$$

CREATE TRIGGER majority_counted_on_child_insert AFTER INSERT ON claim_child FOR EACH ROW
BEGIN
    CALL majority_count_child(NEW.claim_id, NEW.majority_month, 1);
END$$

CREATE TRIGGER majority_counted_on_child_update AFTER UPDATE ON claim_child FOR EACH ROW
BEGIN
    IF NOT (OLD.majority_month = NEW.majority_month AND OLD.claim_id = NEW.claim_id) THEN
        CALL majority_count_child(OLD.claim_id, OLD.majority_month, -1);
        CALL majority_count_child(NEW.claim_id, NEW.majority_month, 1);
    END IF;
END$$

CREATE TRIGGER majority_counted_on_child_delete AFTER DELETE ON claim_child FOR EACH ROW
BEGIN
    CALL majority_count_child(OLD.claim_id, OLD.majority_month, -1);
END$$

CREATE TRIGGER majority_counted_on_claim_update AFTER UPDATE ON claim FOR EACH ROW
BEGIN
    DECLARE counted_before BOOLEAN DEFAULT OLD.status <> 'CLOSED' AND OLD.route = 'MEMBER_STATE'
        AND OLD.member_state IS NOT NULL;
    DECLARE counted_now BOOLEAN DEFAULT NEW.status <> 'CLOSED' AND NEW.route = 'MEMBER_STATE'
        AND NEW.member_state IS NOT NULL;
    IF NOT (counted_before AND counted_now AND OLD.member_state = NEW.member_state) THEN
        IF counted_before THEN
            CALL majority_count_add(OLD.id, OLD.member_state, -1);
        END IF;
        IF counted_now THEN
            CALL majority_count_add(NEW.id, NEW.member_state, 1);
        END IF;
    END IF;
END$$

DELIMITER ;

-- The children already stored.
INSERT INTO majority_count (member_state, majority_month, children)
SELECT c.member_state, cc.majority_month, COUNT(*)
  FROM claim_child cc JOIN claim c ON c.id = cc.claim_id
 WHERE c.status <> 'CLOSED' AND c.route = 'MEMBER_STATE' AND c.member_state IS NOT NULL
 GROUP BY c.member_state, cc.majority_month;
