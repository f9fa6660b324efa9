-- Published figures (issue 16): a publication freezes the public table as of a day, under a title, for the years
-- the VRA administrator chose. The raw counts are kept (suppression is applied whenever they are shown, by the
-- same rule), and neither a publication nor its figures can be changed or deleted afterwards.
CREATE TABLE publication (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    as_of        DATE         NOT NULL,
    first_year   INT          NOT NULL,
    last_year    INT          NOT NULL,
    published_at TIMESTAMP(6) NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    CONSTRAINT ck_publication_years CHECK (first_year <= last_year)
);
CREATE INDEX ix_publication_published_at ON publication (published_at);

CREATE TABLE published_figure (
    publication_id BIGINT      NOT NULL,
    breakdown      VARCHAR(16) NOT NULL,
    year_received  INT         NOT NULL,
    area           VARCHAR(16) NOT NULL,
    established    BIGINT      NOT NULL,
    excluded       BIGINT      NOT NULL,
    pending        BIGINT      NOT NULL,
    other          BIGINT      NOT NULL,
    PRIMARY KEY (publication_id, breakdown, year_received, area),
    CONSTRAINT fk_published_figure_publication FOREIGN KEY (publication_id) REFERENCES publication (id)
);

CREATE TRIGGER publication_frozen_update BEFORE UPDATE ON publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a publication never changes';
CREATE TRIGGER publication_frozen_delete BEFORE DELETE ON publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a publication is never deleted';
CREATE TRIGGER published_figure_frozen_update BEFORE UPDATE ON published_figure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published figure never changes';
CREATE TRIGGER published_figure_frozen_delete BEFORE DELETE ON published_figure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published figure is never deleted';
