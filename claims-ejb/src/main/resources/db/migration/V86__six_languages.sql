-- Accounts and Permanent Missions may be written to in any of the six official languages (issue 17); an
-- account's language is also the language its pages open in.
ALTER TABLE account
    DROP CONSTRAINT ck_account_language,
    ADD CONSTRAINT ck_account_language CHECK (language IN ('en', 'fr', 'es', 'ru', 'zh', 'ar'));

ALTER TABLE member_state
    DROP CONSTRAINT ck_member_state_mission_language,
    ADD CONSTRAINT ck_member_state_mission_language
        CHECK (mission_language IN ('en', 'fr', 'es', 'ru', 'zh', 'ar'));
