-- A focal point's register counts its State's notified claims (up to 10,001) on every page, the portal's landing
-- included: route, State and status come from this index, and the notification day was read from each claim's row,
-- 10,001 row reads for Nepal at a million claims. With the day in the index the count reads the index alone
-- (issue 13: the landing went from about 190 to 130 ms at a million claims).
ALTER TABLE claim DROP INDEX ix_claim_route_state_status,
    ADD INDEX ix_claim_route_state_status (route, member_state, status, notified_on);
