-- Focal points and their deputies per Member State, and when an account stopped being usable.
ALTER TABLE account
    ADD COLUMN deputy         BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN deactivated_at DATETIME(6) NULL,
    ADD INDEX ix_account_state_role (member_state, role, active);
