-- Every State's overdue steps (the ratings, issue 16) read only the claims past a standard, as ranges of this index
-- per step and day, instead of every claim on the Member State route.
ALTER TABLE claim ADD INDEX ix_claim_route_next_step (route, next_step, next_step_since, member_state);
