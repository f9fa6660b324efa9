-- Generates @count claims with realistic histories into the application's own tables, the way the application
-- writes them: the claim row (status, outcome, whose turn, next step, the dates of each step, the DNA kit and
-- its seals, the support terms), its children, its support account (arrangements, revisions, terminations and
-- payments), its timeline (claim_event: on average 13 events a claim,
-- payments with their amounts), its state periods (claim_state_period: on average 6 periods a claim) and its
-- documents' metadata (claim_document, without bytes). Over 20 years of receipt, the 193 Member States with a
-- skewed distribution (a few States hold most claims, as contingents do; the first @heavy claims are all
-- Nepal's, so that one State has a large portfolio), every mission and personnel category, and every stage of
-- the lifecycle: old claims are mostly closed, recent ones are still on their way.
--
-- Personal data is encrypted by the application, each value bound to its column but not to its row: when
-- @template names a claim registered through the API (bench/benchmark.sh registers one, with a claimant, a
-- child, an alleged father and a document), its encrypted values are copied to every generated claim, so that
-- the application reads and decrypts them as its own; without it they stay NULL (documents are then not
-- generated, since a document's name is required). Every generated child has the template child's name, so the
-- fingerprints the application would compute (keyed hashes of the claimant's and child's names and the year,
-- which SQL cannot compute) would make one child of all those born in a year. Each named child gets instead a
-- fingerprint of the index's form under the template's key, its own but for one claim in a hundred, whose
-- children are those the claim before it named too (a child named in two claims, counted once). A key rotation
-- would compute them from the names: not for a benchmark's register.
--
-- Events and periods are derived from one lifecycle template (bench_step) cut at each claim's last step; the
-- aggregates are then built from these tables by the product's own rebuild command. For benchmarks only:
-- run it against a throwaway database (bench/benchmark.sh does).

SET @heavy = COALESCE(@heavy, 0);
SET @template = COALESCE(@template, '');
SET @today = CURRENT_DATE;
SET @years = 20;

-- The claim's tables take their ids from blocks (id_block, V108) that the running application allocates ahead;
-- the rows inserted here take theirs from AUTO_INCREMENT. So a range beyond every block handed out is reserved first
-- (per claim at most 1 claim, 50 events and 20 periods; on average 13 and 6), and AUTO_INCREMENT starts it.
CREATE TEMPORARY TABLE bench_ids (table_name VARCHAR(64) NOT NULL PRIMARY KEY, first_id BIGINT NOT NULL,
                                  per_claim INT NOT NULL);
INSERT INTO bench_ids
SELECT b.table_name, b.allocated + 1, CASE b.table_name WHEN 'claim' THEN 1 WHEN 'claim_event' THEN 50 ELSE 20 END
FROM id_block b WHERE b.table_name IN ('claim', 'claim_event', 'claim_state_period');
UPDATE id_block b JOIN bench_ids r ON r.table_name = b.table_name SET b.allocated = b.allocated + @count * r.per_claim;
SET @alter = (SELECT CONCAT('ALTER TABLE claim AUTO_INCREMENT = ', first_id) FROM bench_ids WHERE table_name = 'claim');
PREPARE next_id FROM @alter; EXECUTE next_id; DEALLOCATE PREPARE next_id;
SET @alter = (SELECT CONCAT('ALTER TABLE claim_event AUTO_INCREMENT = ', first_id) FROM bench_ids
              WHERE table_name = 'claim_event');
PREPARE next_id FROM @alter; EXECUTE next_id; DEALLOCATE PREPARE next_id;
SET @alter = (SELECT CONCAT('ALTER TABLE claim_state_period AUTO_INCREMENT = ', first_id) FROM bench_ids
              WHERE table_name = 'claim_state_period');
PREPARE next_id FROM @alter; EXECUTE next_id; DEALLOCATE PREPARE next_id;

CREATE TEMPORARY TABLE bench_digit (d INT NOT NULL);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

-- Member States by rank: the skew sends rank r about 1/(r+1)^1.1 of the claims, so the first ten hold about
-- half of them and the last hundred a few each, as troop contributions are spread.
CREATE TEMPORARY TABLE bench_state (i INT NOT NULL PRIMARY KEY, code CHAR(3) NOT NULL);
INSERT INTO bench_state SELECT ROW_NUMBER() OVER (ORDER BY CRC32(code)) - 1, code FROM member_state;
SET @states = (SELECT COUNT(*) FROM bench_state);
CREATE TEMPORARY TABLE bench_mission (i INT NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL);
INSERT INTO bench_mission SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM mission;
SET @missions = (SELECT COUNT(*) FROM bench_mission);
SET @nepal = (SELECT i FROM bench_state WHERE code = 'NPL');

-- The lifecycle, step by step: the day after receipt, the action, the status after it (NULL: unchanged), who
-- records it and who sees it. Claims on the UN's route (civilians) skip the State's notification and
-- acknowledgement; excluded paternity skips support and payments and is closed soon after.
CREATE TEMPORARY TABLE bench_step (seq INT NOT NULL PRIMARY KEY, day INT NOT NULL, action VARCHAR(40) NOT NULL,
                                   status VARCHAR(30) NULL, role VARCHAR(20) NOT NULL, audience VARCHAR(10) NOT NULL,
                                   member_state_only BOOLEAN NOT NULL, supported_only BOOLEAN NOT NULL);
INSERT INTO bench_step VALUES
    (1, 0, 'REGISTER', 'RECEIVED', 'VRA_OFFICER', 'SHARED', FALSE, FALSE),
    (2, 4, 'ADD_COMMENT', NULL, 'VRA_OFFICER', 'UN_ONLY', FALSE, FALSE),
    (3, 9, 'ADD_DOCUMENT', NULL, 'VRA_OFFICER', 'UN_ONLY', FALSE, FALSE),
    (4, 21, 'NOTIFY_MEMBER_STATE', 'NOTIFIED', 'VRA_OFFICER', 'SHARED', TRUE, FALSE),
    (5, 48, 'ACKNOWLEDGE', 'ACKNOWLEDGED', 'FOCAL_POINT', 'SHARED', TRUE, FALSE),
    (6, 75, 'START_DNA_TEST', 'DNA_TESTING', 'FOCAL_POINT', 'SHARED', FALSE, FALSE),
    (7, 96, 'RECORD_SAMPLE_COLLECTION', NULL, 'FOCAL_POINT', 'SHARED', FALSE, FALSE),
    (8, 99, 'RECORD_CUSTODY_TRANSFER', NULL, 'FOCAL_POINT', 'SHARED', FALSE, FALSE),
    (9, 104, 'RECORD_LAB_RECEIPT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, FALSE),
    (10, 131, 'RECORD_DNA_RESULT', 'OUTCOME_REPORTED', 'FOCAL_POINT', 'SHARED', FALSE, FALSE),
    (11, 138, 'CONFIRM_OUTCOME', 'PATERNITY_ESTABLISHED', 'VRA_OFFICER', 'SHARED', FALSE, FALSE),
    (12, 170, 'ARRANGE_SUPPORT', 'SUPPORT_ARRANGED', 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (13, 200, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (14, 230, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (15, 260, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (16, 275, 'ADD_COMMENT', NULL, 'VRA_OFFICER', 'UN_ONLY', FALSE, TRUE),
    (17, 290, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (18, 320, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (19, 350, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (20, 380, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (21, 410, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (22, 440, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (23, 470, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (24, 500, 'RECORD_PAYMENT', NULL, 'FOCAL_POINT', 'SHARED', FALSE, TRUE),
    (25, 540, 'CLOSE', 'CLOSED', 'VRA_OFFICER', 'UN_ONLY', FALSE, FALSE);

-- 0 to @count - 1, from thousands of thousands: only the thousands needed are combined.
CREATE TEMPORARY TABLE bench_thousand (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_thousand SELECT a.d + 10 * b.d + 100 * c.d FROM bench_digit a, bench_digit b, bench_digit c;
CREATE TEMPORARY TABLE bench_seq (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_seq
    SELECT 1000 * high.n + low.n
    FROM bench_thousand high CROSS JOIN bench_thousand low
    WHERE high.n < CEIL(@count / 1000) AND 1000 * high.n + low.n < @count;

-- Each claim's draws (from hashes of its number, so that a run is reproducible), then its last step: as far as
-- its age allows, cut where the claim's own draw stops it (a quarter of histories stop before the end), and for
-- an excluded paternity the jump from the outcome to the closure.
CREATE TEMPORARY TABLE bench_claim (
    n INT NOT NULL PRIMARY KEY, received DATE NOT NULL, state_i INT NOT NULL, mission_i INT NOT NULL,
    category VARCHAR(30) NOT NULL, excluded BOOLEAN NOT NULL, last_seq INT NOT NULL, children INT NOT NULL
);
INSERT INTO bench_claim
SELECT n, received, state_i, mission_i, category, excluded,
       (SELECT MAX(s.seq) FROM bench_step s
        WHERE s.day <= DATEDIFF(@today, received) AND s.seq <= cut
          AND (category <> 'CIVILIAN' OR NOT s.member_state_only)
          AND (NOT excluded OR NOT s.supported_only)),
       1 + (h3 % 100 >= 75) + (h3 % 100 >= 95)
FROM (SELECT n, h1, h2, h3,
             DATE_SUB(@today, INTERVAL FLOOR(365 * @years * POW((h1 % 100000) / 100000, 0.8)) DAY) AS received,
             IF(n < @heavy, @nepal,
                LEAST(@states - 1, FLOOR(POW(@states + 1, (h2 % 100000) / 100000)) - 1)) AS state_i,
             (h2 DIV 7) % @missions AS mission_i,
             ELT(1 + (h3 DIV 100) % 10, 'MILITARY_CONTINGENT', 'MILITARY_CONTINGENT', 'MILITARY_CONTINGENT',
                 'MILITARY_CONTINGENT', 'FORMED_POLICE_UNIT', 'FORMED_POLICE_UNIT', 'INDIVIDUAL_POLICE',
                 'MILITARY_OBSERVER', 'CIVILIAN', 'MILITARY_CONTINGENT') AS category,
             (h3 DIV 1000) % 5 = 0 AS excluded,
             ELT(1 + (h1 DIV 100000) % 20, 1, 3, 4, 5, 9, 10, 12, 15, 19, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25) AS cut
      FROM (SELECT n, CRC32(CONCAT('r', n)) AS h1, CRC32(CONCAT('s', n)) AS h2, CRC32(CONCAT('c', n)) AS h3
            FROM bench_seq) hashed) drawn;

-- The status a claim reached at each step: the latest step at or before it that changed the status.
CREATE TEMPORARY TABLE bench_status_at (seq INT NOT NULL, excluded BOOLEAN NOT NULL, status VARCHAR(30) NOT NULL,
                                        since_seq INT NOT NULL, PRIMARY KEY (seq, excluded));
INSERT INTO bench_status_at
SELECT s.seq, x.excluded,
       IF(x.excluded AND c.status = 'PATERNITY_ESTABLISHED', 'PATERNITY_EXCLUDED', c.status), c.seq
FROM bench_step s CROSS JOIN (SELECT FALSE AS excluded UNION ALL SELECT TRUE) x
JOIN bench_step c ON c.seq = (SELECT MAX(c2.seq) FROM bench_step c2 WHERE c2.seq <= s.seq AND c2.status IS NOT NULL);

SET @template_id = (SELECT id FROM claim WHERE reference = @template);
-- The template's encrypted values in one row (all NULL without a template), joined to every generated claim.
CREATE TEMPORARY TABLE bench_template AS
SELECT c.claimant_name, c.claimant_contact, c.claimant_name_index, c.wishes, c.father_name, c.father_service_number,
       c.father_unit,
       (SELECT ch.name FROM claim_child ch WHERE ch.claim_id = c.id ORDER BY ch.position LIMIT 1) AS child_name,
       (SELECT e.details FROM claim_event e WHERE e.claim_id = c.id AND e.action = 'ADD_COMMENT'
        ORDER BY e.id LIMIT 1) AS comment,
       (SELECT MIN(d.id) FROM claim_document d WHERE d.claim_id = c.id) AS document_id
FROM (SELECT 1) one LEFT JOIN claim c ON c.id = @template_id;
CREATE TEMPORARY TABLE bench_document AS
SELECT d.file_name, d.media_type, d.size_bytes, d.sha256, d.description
FROM claim_document d JOIN bench_template t ON d.id = t.document_id;

INSERT INTO claim (reference, received_on, claim_type, mission, allegation_reference, personnel_category, route,
                   member_state, status, paternity_outcome, closure_reason, claimant_pseudonym, last_event_on,
                   updated_at, version, notified_on, acknowledged_on, dna_result_on, paternity_determined_on,
                   closed_on, next_step, next_step_since, reported_outcome, reported_action, status_before_report,
                   claimant_name, claimant_contact, claimant_name_index, wish_no_father_contact, wishes,
                   father_name, father_nationality, father_service_number, father_unit, father_rotation_from,
                   father_rotation_to, dna_kit_id, dna_laboratory, dna_child_seal, dna_mother_seal, dna_father_seal,
                   dna_lab_received_on, dna_seals_intact, support_kind, support_amount, support_currency,
                   support_frequency, support_starts_on)
SELECT CONCAT('PC-', YEAR(b.received), '-', LPAD(b.n + 1, 7, '0')), b.received, 'PATERNITY_AND_CHILD_SUPPORT',
       m.code, CONCAT('SEA-B-', b.n), b.category, IF(b.category = 'CIVILIAN', 'UN', 'MEMBER_STATE'), s.code,
       st.status,
       CASE WHEN b.last_seq < 11 THEN 'UNDETERMINED' WHEN b.excluded THEN 'EXCLUDED' ELSE 'ESTABLISHED' END,
       IF(st.status = 'CLOSED', 'RESOLVED', NULL), CONCAT('CL-B', LPAD(b.n, 8, '0')),
       DATE_ADD(b.received, INTERVAL last.day DAY), NOW(6), b.last_seq,
       IF(b.last_seq >= 4 AND b.category <> 'CIVILIAN', DATE_ADD(b.received, INTERVAL 21 DAY), NULL),
       IF(b.last_seq >= 5 AND b.category <> 'CIVILIAN', DATE_ADD(b.received, INTERVAL 48 DAY), NULL),
       IF(b.last_seq >= 10, DATE_ADD(b.received, INTERVAL 131 DAY), NULL),
       IF(b.last_seq >= 11, DATE_ADD(b.received, INTERVAL 138 DAY), NULL),
       IF(st.status = 'CLOSED', DATE_ADD(b.received, INTERVAL last.day DAY), NULL),
       CASE st.status WHEN 'RECEIVED' THEN IF(b.category = 'CIVILIAN', 'START_DNA_TEST', 'NOTIFY_MEMBER_STATE')
                      WHEN 'NOTIFIED' THEN 'ACKNOWLEDGE'
                      WHEN 'ACKNOWLEDGED' THEN 'START_DNA_TEST'
                      WHEN 'DNA_TESTING' THEN IF(b.last_seq >= 9, 'RECORD_DNA_RESULT', 'COLLECT_SAMPLES')
                      WHEN 'OUTCOME_REPORTED' THEN 'CONFIRM_OUTCOME'
                      WHEN 'PATERNITY_ESTABLISHED' THEN 'ARRANGE_SUPPORT'
                      WHEN 'PATERNITY_EXCLUDED' THEN 'CLOSE'
                      WHEN 'SUPPORT_ARRANGED' THEN 'RECORD_PAYMENT' END,
       IF(st.status = 'CLOSED', NULL, DATE_ADD(b.received, INTERVAL since.day DAY)),
       IF(st.status = 'OUTCOME_REPORTED', IF(b.excluded, 'EXCLUDED', 'ESTABLISHED'), NULL),
       IF(st.status = 'OUTCOME_REPORTED', 'RECORD_DNA_RESULT', NULL),
       IF(st.status = 'OUTCOME_REPORTED', 'DNA_TESTING', NULL),
       t.claimant_name, t.claimant_contact, t.claimant_name_index, FALSE, t.wishes,
       t.father_name, IF(b.category = 'CIVILIAN', NULL, s.code), t.father_service_number, t.father_unit,
       DATE_SUB(b.received, INTERVAL 400 DAY), DATE_SUB(b.received, INTERVAL 40 DAY),
       IF(b.last_seq >= 7, CONCAT('KIT-', LPAD(b.n, 8, '0')), NULL),
       IF(b.last_seq >= 7, ELT(1 + b.n % 3, 'Institut de Génétique, Genève', 'Forensic DNA Laboratory, Nairobi',
                                'Laboratoire national, Dakar'), NULL),
       IF(b.last_seq >= 7, CONCAT('SC-', b.n), NULL), IF(b.last_seq >= 7, CONCAT('SM-', b.n), NULL),
       IF(b.last_seq >= 7, CONCAT('SF-', b.n), NULL),
       IF(b.last_seq >= 9, DATE_ADD(b.received, INTERVAL 104 DAY), NULL), IF(b.last_seq >= 9, TRUE, NULL),
       IF(b.last_seq >= 12 AND NOT b.excluded, ELT(1 + b.n % 2, 'COURT_ORDER', 'AGREEMENT'), NULL),
       IF(b.last_seq >= 12 AND NOT b.excluded, 100 + b.n % 400, NULL),
       IF(b.last_seq >= 12 AND NOT b.excluded, 'USD', NULL),
       IF(b.last_seq >= 12 AND NOT b.excluded, 'MONTHLY', NULL),
       IF(b.last_seq >= 12 AND NOT b.excluded, DATE_ADD(b.received, INTERVAL 170 DAY), NULL)
FROM bench_claim b
JOIN bench_state s ON s.i = b.state_i
JOIN bench_mission m ON m.i = b.mission_i
JOIN bench_step last ON last.seq = b.last_seq
JOIN bench_status_at st ON st.seq = b.last_seq AND st.excluded = b.excluded
JOIN bench_step since ON since.seq = st.since_seq
CROSS JOIN bench_template t
ORDER BY b.n;

-- The generated claims' ids, in the order of their numbers.
CREATE TEMPORARY TABLE bench_id (n INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL, excluded BOOLEAN NOT NULL,
                                 last_seq INT NOT NULL, received DATE NOT NULL, category VARCHAR(30) NOT NULL,
                                 children INT NOT NULL);
INSERT INTO bench_id
SELECT b.n, c.id, b.excluded, b.last_seq, b.received, b.category, b.children
FROM bench_claim b JOIN claim c ON c.claimant_pseudonym = CONCAT('CL-B', LPAD(b.n, 8, '0'));

-- A child whose day of birth is not known comes of age on 1 July of the year it turns 18 (V54).
INSERT INTO claim_child (claim_id, position, pseudonym, name, birth_year, sex, majority_month, fingerprint)
SELECT i.id, k.d, CONCAT('CH-B', LPAD(i.n, 8, '0'), k.d), t.child_name, YEAR(i.received) - k.d,
       IF((i.n + k.d) % 2 = 0, 'FEMALE', 'MALE'), STR_TO_DATE(CONCAT(YEAR(i.received) - k.d + 18, '-07-01'), '%Y-%m-%d'),
       IF(t.child_name IS NULL, NULL,
          CONCAT(SUBSTRING_INDEX(t.claimant_name_index, ':', 1), ':',
                 SHA2(CONCAT('bench-child-', IF(i.n % 100 = 0 AND i.n > 1, i.n - 1, i.n), '-', k.d), 256)))
FROM bench_id i JOIN bench_digit k ON k.d BETWEEN 1 AND i.children CROSS JOIN bench_template t;
UPDATE claim c
JOIN (SELECT cc.claim_id, MIN(cc.majority_month) AS majority_month FROM claim_child cc
      WHERE cc.majority_month >= DATE_FORMAT(@today, '%Y-%m-01') GROUP BY cc.claim_id) m ON m.claim_id = c.id
SET c.majority_month = m.majority_month;

-- MariaDB 11.4 fails any INSERT ... SELECT into a table that has triggers ("Column 'claim_id' cannot be
-- null"; single-row and multi-row VALUES inserts, all the application does, work): lift the append-only
-- triggers of this throwaway database while loading, then put them back exactly as the migrations made them,
-- from their own definitions.
CREATE TEMPORARY TABLE bench_trigger (name VARCHAR(64) NOT NULL PRIMARY KEY, definition LONGTEXT NOT NULL);
INSERT INTO bench_trigger
SELECT TRIGGER_NAME, CONCAT('CREATE TRIGGER ', TRIGGER_NAME, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION, ' ON ',
                            EVENT_OBJECT_TABLE, ' FOR EACH ROW ', ACTION_STATEMENT)
FROM information_schema.TRIGGERS
WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE IN ('claim_event', 'claim_document');
SET @statement = (SELECT CONCAT('DROP TRIGGER ', name) FROM bench_trigger ORDER BY name LIMIT 0, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT CONCAT('DROP TRIGGER ', name) FROM bench_trigger ORDER BY name LIMIT 1, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT CONCAT('DROP TRIGGER ', name) FROM bench_trigger ORDER BY name LIMIT 2, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT CONCAT('DROP TRIGGER ', name) FROM bench_trigger ORDER BY name LIMIT 3, 1);
EXECUTE IMMEDIATE @statement;

INSERT INTO claim_event (claim_id, sequence, occurred_on, recorded_at, actor, actor_role, action, status_after,
                         audience, amount, currency, details)
SELECT i.id, s.seq, DATE_ADD(i.received, INTERVAL s.day DAY),
       TIMESTAMPADD(SECOND, 32400 + i.n % 28800, DATE_ADD(i.received, INTERVAL s.day DAY)),
       IF(s.role = 'FOCAL_POINT' AND i.category = 'CIVILIAN', 'bench.officer',
          IF(s.role = 'FOCAL_POINT', 'bench.focal', 'bench.officer')),
       IF(i.category = 'CIVILIAN', 'VRA_OFFICER', s.role), s.action, st.status, s.audience,
       IF(s.action = 'RECORD_PAYMENT', 100 + i.n % 400, NULL), IF(s.action = 'RECORD_PAYMENT', 'USD', NULL),
       IF(s.action = 'ADD_COMMENT', t.comment, NULL)
FROM bench_id i CROSS JOIN bench_template t
JOIN bench_step s ON s.seq <= i.last_seq AND (i.category <> 'CIVILIAN' OR NOT s.member_state_only)
                  AND (NOT i.excluded OR NOT s.supported_only)
                  AND (s.action <> 'ADD_DOCUMENT' OR t.document_id IS NOT NULL)
JOIN bench_status_at st ON st.seq = s.seq AND st.excluded = i.excluded;

INSERT INTO claim_document (claim_id, file_name, media_type, size_bytes, sha256, description, uploaded_by,
                            uploaded_by_role, uploaded_at, audience)
SELECT i.id, d.file_name, d.media_type, d.size_bytes, d.sha256, d.description, 'bench.officer', 'VRA_OFFICER',
       TIMESTAMPADD(SECOND, 32400 + i.n % 28800, DATE_ADD(i.received, INTERVAL 9 DAY)), 'UN_ONLY'
FROM bench_id i CROSS JOIN bench_document d
WHERE i.last_seq >= 3;

SET @statement = (SELECT definition FROM bench_trigger ORDER BY name LIMIT 0, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT definition FROM bench_trigger ORDER BY name LIMIT 1, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT definition FROM bench_trigger ORDER BY name LIMIT 2, 1);
EXECUTE IMMEDIATE @statement;
SET @statement = (SELECT definition FROM bench_trigger ORDER BY name LIMIT 3, 1);
EXECUTE IMMEDIATE @statement;

-- One period per status the claim went through, from the step that set it to the next step that changed it.
INSERT INTO claim_state_period (claim_id, valid_from, valid_to, status, paternity_outcome, route, member_state,
                                mission, personnel_category, received_on, claim_type, children, notified)
SELECT i.id, DATE_ADD(i.received, INTERVAL s.day DAY),
       (SELECT DATE_ADD(i.received, INTERVAL MIN(nx.day) DAY) FROM bench_step nx
        WHERE nx.seq > s.seq AND nx.seq <= i.last_seq AND nx.status IS NOT NULL
          AND (i.category <> 'CIVILIAN' OR NOT nx.member_state_only) AND (NOT i.excluded OR NOT nx.supported_only)),
       st.status,
       CASE WHEN s.seq < 11 THEN 'UNDETERMINED' WHEN i.excluded THEN 'EXCLUDED' ELSE 'ESTABLISHED' END,
       c.route, c.member_state, c.mission, c.personnel_category, c.received_on, c.claim_type, i.children,
       COALESCE(c.notified_on <= DATE_ADD(i.received, INTERVAL s.day DAY), FALSE)
FROM bench_id i
JOIN claim c ON c.id = i.id
JOIN bench_step s ON s.seq <= i.last_seq AND s.status IS NOT NULL
                  AND (i.category <> 'CIVILIAN' OR NOT s.member_state_only) AND (NOT i.excluded OR NOT s.supported_only)
JOIN bench_status_at st ON st.seq = s.seq AND st.excluded = i.excluded;

-- The allegations the generated claims name, dated and placed by the first claim to name each (as V90 does).
INSERT IGNORE INTO allegation (reference, year, mission)
SELECT f.reference, YEAR(f.received_on), f.mission
FROM (SELECT c.allegation_reference AS reference, c.received_on, c.mission,
             ROW_NUMBER() OVER (PARTITION BY c.allegation_reference ORDER BY c.received_on, c.id) AS n
      FROM bench_id i JOIN claim c ON c.id = i.id WHERE c.allegation_reference IS NOT NULL) f
WHERE f.n = 1;

INSERT INTO claim_reference_counter (year_received, last_number)
SELECT YEAR(received), @count + 1 FROM bench_claim GROUP BY YEAR(received)
ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, @count + 1);

-- The support account (V60's tables), as the application keeps it for each claim whose support was arranged: one
-- arrangement from the claim's support terms (periods from the first of the start's month, to the day before the
-- youngest child's majority), in US dollars, or in euros for every third claim; every fifth revised 400 days after
-- its start (50 more, quarterly), every seventh terminated 900 days after its start (when that day is past), and
-- its payments: those of its timeline, in its currency.
INSERT INTO claim_support_arrangement (claim_id, number, kind, child_position, periods_from, last_day, terminated_on,
                                       termination_reason)
SELECT c.id, 1, c.support_kind, NULL, c.support_starts_on - INTERVAL (DAY(c.support_starts_on) - 1) DAY,
       COALESCE((SELECT MAX(ch.majority_month) FROM claim_child ch WHERE ch.claim_id = c.id),
                c.support_starts_on + INTERVAL 18 YEAR) - INTERVAL 1 DAY,
       IF(i.n % 7 = 0 AND c.support_starts_on + INTERVAL 900 DAY <= @today, c.support_starts_on + INTERVAL 900 DAY,
          NULL),
       IF(i.n % 7 = 0 AND c.support_starts_on + INTERVAL 900 DAY <= @today, 'COURT_DECISION', NULL)
FROM bench_id i JOIN claim c ON c.id = i.id
WHERE c.support_kind IS NOT NULL;

INSERT INTO claim_support_terms (arrangement_id, effective_from, amount, currency, frequency)
SELECT a.id, c.support_starts_on, c.support_amount, IF(i.n % 3 = 0, 'EUR', 'USD'), 'MONTHLY'
FROM bench_id i JOIN claim c ON c.id = i.id JOIN claim_support_arrangement a ON a.claim_id = c.id;

INSERT INTO claim_support_terms (arrangement_id, effective_from, amount, currency, frequency)
SELECT a.id, c.support_starts_on + INTERVAL 400 DAY, c.support_amount + 50, IF(i.n % 3 = 0, 'EUR', 'USD'),
       'QUARTERLY'
FROM bench_id i JOIN claim c ON c.id = i.id JOIN claim_support_arrangement a ON a.claim_id = c.id
WHERE i.n % 5 = 0 AND c.support_starts_on + INTERVAL 400 DAY <= COALESCE(a.terminated_on, a.last_day);

INSERT INTO claim_support_payment (claim_id, arrangement_number, paid_on, amount, currency, recorded_at)
SELECT e.claim_id, 1, e.occurred_on, e.amount, IF(i.n % 3 = 0, 'EUR', 'USD'), e.recorded_at
FROM bench_id i JOIN claim_event e ON e.claim_id = i.id
JOIN claim_support_arrangement a ON a.claim_id = i.id
WHERE e.action = 'RECORD_PAYMENT' AND e.amount IS NOT NULL;

-- Past the reserved range, should the histories ever hold more rows than it: no block is then handed out twice.
UPDATE id_block SET allocated = GREATEST(allocated, CASE table_name
    WHEN 'claim' THEN (SELECT COALESCE(MAX(id), 0) FROM claim)
    WHEN 'claim_event' THEN (SELECT COALESCE(MAX(id), 0) FROM claim_event)
    WHEN 'claim_state_period' THEN (SELECT COALESCE(MAX(id), 0) FROM claim_state_period)
    ELSE 0 END);

ANALYZE TABLE claim, claim_child, claim_event, claim_state_period, claim_document, claim_support_arrangement,
              claim_support_terms, claim_support_payment, allegation;
