-- One row per clock of a complaint. due_on comes from the event that set it (computed once by
-- workflow-service), never recomputed here.
CREATE TABLE deadline (
    id           UUID         PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    complaint_id UUID         NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    due_on       DATE         NOT NULL,
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'MET', 'MISSED')),
    set_at       TIMESTAMPTZ  NOT NULL,
    met_on       DATE,
    missed_at    TIMESTAMPTZ,
    source_ce_id VARCHAR(200) NOT NULL,
    -- a complaint has one clock of each kind: a second "set" for it is a duplicate, not a new deadline
    UNIQUE (complaint_id, kind)
);

CREATE INDEX deadline_tenant_status_due_on_idx ON deadline (tenant_id, status, due_on);
