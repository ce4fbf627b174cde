-- One row per complaint, projected from complaints.complaint-events.v1. All but the keys are
-- nullable: a replay may meet a complaint's acknowledgement before its receipt.
CREATE TABLE complaint_fact (
    complaint_id           UUID        PRIMARY KEY,
    tenant_id              VARCHAR(40) NOT NULL,
    reference              VARCHAR(60),
    feedback_type          VARCHAR(30),
    route                  VARCHAR(20),
    complainant_role       VARCHAR(40),
    received_on            DATE,
    acknowledgement_due_on DATE,
    acknowledged_on        DATE
);

CREATE INDEX complaint_fact_tenant_received_on_idx ON complaint_fact (tenant_id, received_on);
