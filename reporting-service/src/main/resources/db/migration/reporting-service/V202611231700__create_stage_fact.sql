-- How each complaint ended, and one row per stage a complaint reached or asked for. Like complaint_fact,
-- everything but the keys is nullable and every write is an upsert.
ALTER TABLE complaint_fact
    ADD COLUMN withdrawn_on    DATE,
    ADD COLUMN withdrawn_stage INT,
    ADD COLUMN closed_on       DATE,
    ADD COLUMN closed_stage    INT;

CREATE TABLE stage_fact (
    complaint_id          UUID        NOT NULL,
    stage                 INT         NOT NULL,
    tenant_id             VARCHAR(40) NOT NULL,
    -- receipt for Stage 1, escalation for later stages
    started_on            DATE,
    -- the RESPONSE due date the events carried last (receipt, extension, escalation, resumption)
    response_due_on       DATE,
    extended              BOOLEAN     NOT NULL DEFAULT FALSE,
    responded_on          DATE,
    -- UPHELD, PARTLY_UPHELD or NOT_UPHELD for the response as a whole
    outcome               VARCHAR(20),
    -- the complainant's request to move to this stage
    requested_on          DATE,
    request_in_time       BOOLEAN,
    late_request_decided_on DATE,
    late_request_accepted BOOLEAN,
    PRIMARY KEY (complaint_id, stage)
);

CREATE INDEX stage_fact_tenant_idx ON stage_fact (tenant_id);
