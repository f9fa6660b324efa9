-- The Trust Fund's interim assistance says what it pays for (issue 15): education, health, livelihood or legal
-- help, beside its sum, so that the database totals it by year, State, mission and kind. Assistance recorded
-- before has no kind, and keeps none: the timeline is never rewritten.
ALTER TABLE claim_event
    ADD COLUMN assistance_kind VARCHAR(20) NULL,
    ADD CONSTRAINT ck_claim_event_assistance_kind
        CHECK (assistance_kind IS NULL OR (action = 'RECORD_INTERIM_ASSISTANCE'
               AND assistance_kind IN ('EDUCATION', 'HEALTH', 'LIVELIHOOD', 'LEGAL'))),
    -- The events of one action over days, for the totals of the Trust Fund's assistance.
    ADD INDEX ix_claim_event_action_day (action, occurred_on);

DROP TRIGGER claim_event_no_update;

-- "append-only" in the message is how the runtime account's grants recognise the table (INSERT only).
DELIMITER $$

CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.claim_id <=> OLD.claim_id AND NEW.sequence <=> OLD.sequence
            AND NEW.occurred_on <=> OLD.occurred_on AND NEW.recorded_at <=> OLD.recorded_at
            AND NEW.actor <=> OLD.actor AND NEW.actor_role <=> OLD.actor_role AND NEW.action <=> OLD.action
            AND NEW.status_after <=> OLD.status_after AND NEW.amount <=> OLD.amount
            AND NEW.currency <=> OLD.currency AND NEW.audience <=> OLD.audience
            AND NEW.assistance_kind <=> OLD.assistance_kind
            AND (NEW.details IS NULL) = (OLD.details IS NULL) AND (NEW.details IS NULL OR NEW.details LIKE 'v2:%')
            AND (NEW.on_behalf_of IS NULL) = (OLD.on_behalf_of IS NULL)
            AND (NEW.on_behalf_of IS NULL OR NEW.on_behalf_of LIKE 'v2:%')) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'claim_event is append-only: events are never updated, only re-encrypted';
    END IF;
END$$

DELIMITER ;
