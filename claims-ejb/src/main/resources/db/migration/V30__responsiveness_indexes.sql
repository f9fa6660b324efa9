-- A State's responsiveness reads its steps by the day they were recorded, not the day they are said to have
-- happened. Per claim, this index finds the first recording of a step (its acknowledgement, its first DNA
-- result) and any action of the State recorded in the last 180 days without reading the events themselves.
ALTER TABLE claim_event
    ADD INDEX ix_claim_event_recorded (claim_id, recorded_at, action, actor_role);

-- The days a claim spent on hold between its notification and the State's step are not the State's: its hold
-- periods, found by claim and status without reading its other periods.
ALTER TABLE claim_state_period
    ADD INDEX ix_period_claim_status (claim_id, status, valid_from, valid_to);
