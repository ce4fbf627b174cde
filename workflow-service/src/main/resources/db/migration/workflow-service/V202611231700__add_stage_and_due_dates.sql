-- The stage a complaint has reached, its version, and the clocks running now (replaced as events move them).
ALTER TABLE complaint_view ADD COLUMN stage INTEGER NOT NULL DEFAULT 1;

CREATE TABLE complaint_due_date (
    complaint_id UUID         NOT NULL REFERENCES complaint_view (complaint_id),
    stage        INTEGER      NOT NULL,
    step         VARCHAR(60)  NOT NULL,
    due_on       DATE         NOT NULL,
    strictness   VARCHAR(10)  NOT NULL,
    rule         VARCHAR(300) NOT NULL,
    PRIMARY KEY (complaint_id, stage, step)
);

-- The aggregate's version (its last event's sequence number), for optimistic concurrency (If-Match).
ALTER TABLE complaint_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
