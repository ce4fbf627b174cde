-- Files attached to a submission (issue 9). Kept here, never on a topic: events refer to them by id.
-- Personal data: erased with the submission under the retention policy.
CREATE TABLE attachment (
    attachment_id   UUID          PRIMARY KEY,
    complaint_id    UUID          NOT NULL REFERENCES submission (complaint_id),
    tenant_id       VARCHAR(40)   NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    filename        VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256          CHAR(64)      NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL,
    content         BYTEA         NOT NULL,
    CONSTRAINT attachment_idempotency_key_uq UNIQUE (complaint_id, idempotency_key)
);
