-- The read model of complaints: status, dates and timeline for queries, and the contact details
-- letters need. Updated in the same transaction as the events (subscribing processor).
CREATE TABLE complaint_view (
    complaint_id           UUID         NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(40)  NOT NULL,
    reference              VARCHAR(40)  NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    feedback_type          VARCHAR(30)  NOT NULL,
    route                  VARCHAR(30)  NOT NULL,
    received_on            DATE         NOT NULL,
    acknowledgement_due_on DATE,
    acknowledged_on        DATE,
    anonymous              BOOLEAN      NOT NULL,
    complainant_name       TEXT,
    email                  TEXT,
    postal_address         TEXT,
    preferred_contact      VARCHAR(10)  NOT NULL
);
CREATE INDEX complaint_view_tenant ON complaint_view (tenant_id);

CREATE TABLE complaint_timeline_entry (
    event_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    complaint_id UUID         NOT NULL REFERENCES complaint_view (complaint_id),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    event        VARCHAR(100) NOT NULL,
    description  TEXT         NOT NULL
);
CREATE INDEX complaint_timeline_entry_complaint ON complaint_timeline_entry (complaint_id, occurred_at);
