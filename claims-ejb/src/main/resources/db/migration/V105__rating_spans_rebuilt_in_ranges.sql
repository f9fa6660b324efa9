-- A rebuild of the ratings' spans now writes them a range of claims per transaction (issue 13: one statement over a
-- million claims ran past its 30-minute limit). While it runs, the basis says so: no reader takes the spans, half
-- written, and every figure is counted from the periods and events as before a first rebuild; the claims written
-- meanwhile keep their notes, and the spans of those claims are written anew once the rebuild has ended.
ALTER TABLE state_rating_basis
    ADD COLUMN building BOOLEAN NOT NULL DEFAULT FALSE;
