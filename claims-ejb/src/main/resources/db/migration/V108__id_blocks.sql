-- Keys allocated ahead in blocks (issue 13): the claim, its events and its periods take their ids from this table,
-- a block of 500 at a time, taken on a connection of its own (persistence.xml), instead of from AUTO_INCREMENT one
-- insert at a time. So a flush of many claims is written as multi-row inserts (JDBC batches), where each claim's
-- every row was a round trip that answered its key: 9 round trips a claim, 144 s of a 100,000-row import.
-- Each row holds the last id handed out; a writer that inserts rows of these tables by SQL (bench/, tests) takes its
-- ids from here too, so that no id is given twice. AUTO_INCREMENT stays on the columns, unused by the application.
CREATE TABLE id_block (
  table_name VARCHAR(64) NOT NULL PRIMARY KEY,
  allocated  BIGINT      NOT NULL
) ENGINE=InnoDB;

INSERT INTO id_block (table_name, allocated)
SELECT 'claim', COALESCE(MAX(id), 0) FROM claim
UNION ALL SELECT 'claim_event', COALESCE(MAX(id), 0) FROM claim_event
UNION ALL SELECT 'claim_state_period', COALESCE(MAX(id), 0) FROM claim_state_period;
