-- A State's responsiveness compares it with every State: the share acknowledged within the standard and the
-- median days to a DNA result read the notification, acknowledgement and result days of all notified claims.
-- This index serves both as one range on the route and the notification day, without reading the claims.
ALTER TABLE claim
    ADD INDEX ix_claim_route_notified (route, notified_on, member_state, acknowledged_on, dna_result_on);
