-- Generates @count synthetic claims (no personal data: every encrypted column stays NULL) spread over the 193
-- Member States (the first @heavy of them all for Nepal, so that one State has a large portfolio), the missions,
-- the personnel categories, fifteen years of receipt and every stage of the lifecycle, with the timeline
-- and state periods the application keeps, so that lists and as-of metrics run on realistic volumes.
-- For benchmarks only: run it against a throwaway database (bench/benchmark.sh does).

CREATE TEMPORARY TABLE bench_digit (d INT NOT NULL);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

CREATE TEMPORARY TABLE bench_state (i INT NOT NULL PRIMARY KEY, code CHAR(3) NOT NULL);
INSERT INTO bench_state SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM member_state;
CREATE TEMPORARY TABLE bench_mission (i INT NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL);
INSERT INTO bench_mission SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM mission;
SET @missions = (SELECT COUNT(*) FROM bench_mission);

SET @heavy = COALESCE(@heavy, 0);
SET @nepal = (SELECT i FROM bench_state WHERE code = 'NPL');

CREATE TEMPORARY TABLE bench_stage (i INT NOT NULL PRIMARY KEY, status VARCHAR(30), outcome VARCHAR(20),
                                    category VARCHAR(30), step VARCHAR(30));
INSERT INTO bench_stage VALUES
    (0, 'RECEIVED', 'UNDETERMINED', 'MILITARY_CONTINGENT', 'NOTIFY_MEMBER_STATE'),
    (1, 'NOTIFIED', 'UNDETERMINED', 'MILITARY_CONTINGENT', 'ACKNOWLEDGE'),
    (2, 'ACKNOWLEDGED', 'UNDETERMINED', 'FORMED_POLICE_UNIT', 'COLLECT_SAMPLES'),
    (3, 'DNA_TESTING', 'UNDETERMINED', 'MILITARY_CONTINGENT', 'COLLECT_SAMPLES'),
    (4, 'INCONCLUSIVE', 'INCONCLUSIVE', 'INDIVIDUAL_POLICE', 'START_DNA_TEST'),
    (5, 'PATERNITY_EXCLUDED', 'EXCLUDED', 'MILITARY_CONTINGENT', 'CLOSE'),
    (6, 'PATERNITY_ESTABLISHED', 'ESTABLISHED', 'MILITARY_OBSERVER', 'ARRANGE_SUPPORT'),
    (7, 'SUPPORT_ARRANGED', 'ESTABLISHED', 'MILITARY_CONTINGENT', 'RECORD_PAYMENT'),
    (8, 'CLOSED', 'ESTABLISHED', 'FORMED_POLICE_UNIT', NULL),
    (9, 'RECEIVED', 'UNDETERMINED', 'CIVILIAN', 'START_DNA_TEST');

CREATE TEMPORARY TABLE bench_seq (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_seq
    SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d + 1000000 * h.d
    FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g, bench_digit h
    WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d + 1000000 * h.d < @count;

INSERT INTO claim (reference, received_on, claim_type, mission, allegation_reference, personnel_category, route,
                   member_state, status, paternity_outcome, closure_reason, claimant_pseudonym, last_event_on,
                   updated_at, version, notified_on, acknowledged_on, dna_result_on, paternity_determined_on,
                   closed_on, next_step, next_step_since)
SELECT CONCAT('PC-', YEAR(received), '-', LPAD(n + 1, 7, '0')), received, 'PATERNITY_AND_CHILD_SUPPORT', m.code,
       CONCAT('SEA-B-', n), st.category, IF(st.category = 'CIVILIAN', 'UN', 'MEMBER_STATE'), s.code, st.status,
       st.outcome, IF(st.status = 'CLOSED', 'RESOLVED', NULL), CONCAT('CL-B', LPAD(n, 8, '0')),
       LEAST(DATE_ADD(received, INTERVAL 120 DAY), CURRENT_DATE), NOW(6), 1,
       IF(st.i BETWEEN 1 AND 8, DATE_ADD(received, INTERVAL 20 DAY), NULL),
       IF(st.i BETWEEN 2 AND 8, DATE_ADD(received, INTERVAL 50 DAY), NULL),
       IF(st.i BETWEEN 4 AND 8, DATE_ADD(received, INTERVAL 110 DAY), NULL),
       IF(st.i BETWEEN 5 AND 8, DATE_ADD(received, INTERVAL 110 DAY), NULL),
       IF(st.i = 8, LEAST(DATE_ADD(received, INTERVAL 120 DAY), CURRENT_DATE), NULL),
       st.step,
       CASE st.i WHEN 1 THEN DATE_ADD(received, INTERVAL 20 DAY)
                 WHEN 2 THEN DATE_ADD(received, INTERVAL 50 DAY)
                 WHEN 3 THEN DATE_ADD(received, INTERVAL 50 DAY)
                 WHEN 6 THEN DATE_ADD(received, INTERVAL 110 DAY)
                 WHEN 8 THEN NULL
                 ELSE LEAST(DATE_ADD(received, INTERVAL 120 DAY), CURRENT_DATE) END
FROM (SELECT n, DATE_SUB(CURRENT_DATE, INTERVAL (n * 7919) % 5475 DAY) AS received,
             IF(n < @heavy, @nepal, n % 193) AS state_i, n % @missions AS mission_i, (n DIV 193) % 10 AS stage_i FROM bench_seq) q
JOIN bench_state s ON s.i = q.state_i
JOIN bench_mission m ON m.i = q.mission_i
JOIN bench_stage st ON st.i = q.stage_i;

-- MariaDB 11.4 fails any INSERT ... SELECT into a table that has triggers ("Column 'claim_id' cannot be
-- null"; single-row and multi-row VALUES inserts, all the application does, work): lift the append-only
-- triggers of this throwaway database while loading, then put them back exactly as the migrations made them,
-- from their own definitions. The timeline's details and on-behalf-of, encrypted columns, stay NULL.
SET @no_update = (SELECT CONCAT('CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW ',
                                ACTION_STATEMENT) FROM information_schema.TRIGGERS
                  WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'claim_event_no_update');
SET @no_delete = (SELECT CONCAT('CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event FOR EACH ROW ',
                                ACTION_STATEMENT) FROM information_schema.TRIGGERS
                  WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'claim_event_no_delete');
DROP TRIGGER claim_event_no_update;
DROP TRIGGER claim_event_no_delete;

INSERT INTO claim_event (claim_id, sequence, occurred_on, recorded_at, actor, actor_role, action, status_after,
                         audience)
SELECT id, 1, received_on, updated_at, 'bench', 'VRA_OFFICER', 'REGISTER', 'RECEIVED', 'SHARED'
FROM claim WHERE reference LIKE 'PC-____-_______';

INSERT INTO claim_event (claim_id, sequence, occurred_on, recorded_at, actor, actor_role, action, status_after,
                         audience)
SELECT id, 2, last_event_on, updated_at, 'bench', 'VRA_OFFICER', 'ADD_COMMENT', status, 'UN_ONLY'
FROM claim WHERE reference LIKE 'PC-____-_______' AND status <> 'RECEIVED';

PREPARE restore_trigger FROM @no_update;
EXECUTE restore_trigger;
PREPARE restore_trigger FROM @no_delete;
EXECUTE restore_trigger;
DEALLOCATE PREPARE restore_trigger;

INSERT INTO claim_state_period (claim_id, valid_from, valid_to, status, paternity_outcome, route, member_state,
                                mission, personnel_category, received_on)
SELECT id, received_on, IF(status = 'RECEIVED', NULL, last_event_on), 'RECEIVED', 'UNDETERMINED', route,
       member_state, mission, personnel_category, received_on
FROM claim WHERE reference LIKE 'PC-____-_______';

INSERT INTO claim_state_period (claim_id, valid_from, valid_to, status, paternity_outcome, route, member_state,
                                mission, personnel_category, received_on)
SELECT id, last_event_on, NULL, status, paternity_outcome, route, member_state, mission, personnel_category,
       received_on
FROM claim WHERE reference LIKE 'PC-____-_______' AND status <> 'RECEIVED';

ANALYZE TABLE claim, claim_event, claim_state_period;
