-- One row per clock of a complaint other than its stages' RESPONSE (in stage_fact) and the windows to ask for
-- the next stage (requests in stage_fact): investigator appointment, investigation report, panel held, panel
-- findings, ... with the due date the events carried last and the day the step's event met it. Keyed by step:
-- in every procedure profile a step other than RESPONSE belongs to one stage, and the events that meet a step
-- (stepsCompleted) do not name the stage.
CREATE TABLE step_fact (
    complaint_id UUID        NOT NULL,
    step         VARCHAR(40) NOT NULL,
    tenant_id    VARCHAR(40) NOT NULL,
    stage        INT,
    due_on       DATE,
    -- an extension named this step
    extended     BOOLEAN     NOT NULL DEFAULT FALSE,
    met_on       DATE,
    PRIMARY KEY (complaint_id, step)
);

CREATE INDEX step_fact_tenant_idx ON step_fact (tenant_id);
