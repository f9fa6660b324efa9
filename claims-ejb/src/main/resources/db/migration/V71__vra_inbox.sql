-- The VRA's inbox lists the escalations of States' steps and the reminders of the UN's own steps from the rungs
-- recorded, newest first: read by rung rather than by scanning every claim's rungs.
CREATE INDEX ix_claim_reminder_rung ON claim_reminder (rung, rung_on);
