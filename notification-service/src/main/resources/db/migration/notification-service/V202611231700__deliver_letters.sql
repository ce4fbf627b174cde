-- Letters are written as PENDING in the triggering event's transaction and delivered after commit:
-- e-mail from this table as a durable queue (retried with backoff), post through the print queue.
ALTER TABLE letter DROP CONSTRAINT letter_status_check;
ALTER TABLE letter DROP CONSTRAINT letter_sent_is_complete;

ALTER TABLE letter
    ADD COLUMN subject          TEXT,
    ADD COLUMN pdf              BYTEA,
    ADD COLUMN pdf_sha256       CHAR(64),
    ADD COLUMN template_version TEXT,
    ADD COLUMN attempts         INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at  TIMESTAMPTZ,
    ADD COLUMN last_error       TEXT,
    ADD COLUMN failure          VARCHAR(20) CHECK (failure IN ('REJECTED', 'RETRIES_EXHAUSTED')),
    ADD COLUMN sent_at          TIMESTAMPTZ;

-- letters written before delivery existed were handed over when they were written
UPDATE letter SET sent_at = created_at WHERE status = 'SENT';

ALTER TABLE letter
    ADD CONSTRAINT letter_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')),
    ADD CONSTRAINT letter_written_is_complete CHECK (status = 'NOT_SENT'
        OR (channel IS NOT NULL AND recipient IS NOT NULL AND body IS NOT NULL AND body_sha256 IS NOT NULL)),
    ADD CONSTRAINT letter_sent_has_time CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
    ADD CONSTRAINT letter_failed_has_failure CHECK (status <> 'FAILED' OR failure IS NOT NULL);

-- the mail queue and the print queue
CREATE INDEX letter_pending ON letter (channel, next_attempt_at) WHERE status = 'PENDING';
