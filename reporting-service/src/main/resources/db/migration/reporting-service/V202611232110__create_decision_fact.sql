-- Decisions about a complaint outside its stage responses, one row per event: the time limit (a late complaint
-- accepted or refused), exclusions (the whole complaint or part), referrals to the Ombudsman and the Ombudsman's
-- outcomes. Keyed by the event's ce_id: a complaint may have several of a kind (referred again after the first
-- referral was sent back), and an insert that ignores a conflict commutes with every other write of the projection.
CREATE TABLE decision_fact (
    event_id          VARCHAR(200) PRIMARY KEY,
    complaint_id      UUID         NOT NULL,
    tenant_id         VARCHAR(40)  NOT NULL,
    -- TIME_LIMIT, EXCLUSION, OMBUDSMAN_REFERRAL or OMBUDSMAN_OUTCOME
    kind              VARCHAR(30)  NOT NULL,
    decided_on        DATE         NOT NULL,
    -- exclusion: the stage the complaint was at; referral: the stage it had reached
    stage             INT,
    -- time limit: the late complaint was accepted (false: refused, which ends the complaint)
    accepted          BOOLEAN,
    -- exclusion: the whole complaint (which ends it) or a part
    whole_complaint   BOOLEAN,
    ground            VARCHAR(40),
    -- referral and outcome: the body (LGSCO, OFSTED, ...)
    body              VARCHAR(60),
    -- referral: the organisation's procedure had ended
    procedure_ended   BOOLEAN,
    ombudsman_outcome VARCHAR(40)
);

CREATE INDEX decision_fact_complaint_idx ON decision_fact (complaint_id);
CREATE INDEX decision_fact_tenant_idx ON decision_fact (tenant_id);
