-- The days to each acknowledgement kept as spans (issue 13), as the days to a DNA result are (V93), so that the
-- median days to an acknowledgement per State (the States' breakdown, the portal) is read from a few spans instead
-- of every claim, event and hold on each request:
--   N  an acknowledgement recorded; days: from the notification to its recording, less the days on hold
-- Spans written before this version have none, so they are not read until the next rebuild writes them all anew:
-- until then every rating and responsiveness figure is computed from the periods and events, as before V93.
ALTER TABLE state_rating_span
    DROP CONSTRAINT ck_state_rating_span_kind,
    ADD CONSTRAINT ck_state_rating_span_kind CHECK (kind IN ('C', 'P', 'W', 'I', 'K', 'A', 'D', 'N'));

DELETE FROM state_rating_basis;
