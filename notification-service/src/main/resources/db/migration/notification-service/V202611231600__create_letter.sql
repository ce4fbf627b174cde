-- Every letter the service wrote, or decided not to write, with the body exactly as sent.
-- Holds personal data (recipient, body): erased with the complaint under the tenant's retention rule.
CREATE TABLE letter (
    id           UUID         PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    complaint_id UUID         NOT NULL,
    letter_type  VARCHAR(40)  NOT NULL,
    channel      VARCHAR(10)  CHECK (channel IN ('EMAIL', 'POST')),
    recipient    TEXT,
    body         TEXT,
    body_sha256  CHAR(64),
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('SENT', 'NOT_SENT')),
    reason       TEXT,
    triggered_by VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    -- never two letters of one type for one trigger, whatever happens to processed_event
    CONSTRAINT letter_one_per_trigger UNIQUE (triggered_by, letter_type),
    CONSTRAINT letter_sent_is_complete CHECK (status <> 'SENT'
        OR (channel IS NOT NULL AND recipient IS NOT NULL AND body IS NOT NULL AND body_sha256 IS NOT NULL)),
    CONSTRAINT letter_not_sent_has_reason CHECK (status <> 'NOT_SENT' OR reason IS NOT NULL)
);

CREATE INDEX letter_by_complaint ON letter (tenant_id, complaint_id, created_at);
