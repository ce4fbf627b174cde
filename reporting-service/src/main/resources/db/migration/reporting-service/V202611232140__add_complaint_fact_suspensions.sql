-- How often a complaint was put on hold and resumed: while it is on hold (more suspensions than resumptions) its
-- clocks are stopped and none of them is overdue. Counts, so that the two kinds of write commute.
ALTER TABLE complaint_fact
    ADD COLUMN suspensions INT NOT NULL DEFAULT 0,
    ADD COLUMN resumptions INT NOT NULL DEFAULT 0;
