-- Append-only: one row per read of a complaint's personal data through the API.
CREATE TABLE personal_data_access (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    complaint_id UUID        NOT NULL,
    accessed_at  TIMESTAMPTZ NOT NULL,
    subject      TEXT        NOT NULL,
    roles        TEXT        NOT NULL,
    service      TEXT        NOT NULL,
    resource     TEXT        NOT NULL,
    reason       TEXT        NOT NULL
);

CREATE INDEX personal_data_access_by_tenant_time ON personal_data_access (tenant_id, accessed_at);
CREATE INDEX personal_data_access_by_complaint ON personal_data_access (tenant_id, complaint_id);
