-- A number that every refresh of the ratings' spans that wrote any claim, and every rebuild, raises in its own
-- transaction (issue 13). The tables of all States that the medians beside a State's figures are read from (the
-- States' activity, their median days to a DNA result, their overdue steps, their bands) are the same for every
-- reader as long as it stays the same on the same day, so a reader whose snapshot shows the number another reader
-- computed them under takes them as computed: the portal's landing page no longer reads every State's spans at
-- each view.
ALTER TABLE state_rating_basis
    ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
