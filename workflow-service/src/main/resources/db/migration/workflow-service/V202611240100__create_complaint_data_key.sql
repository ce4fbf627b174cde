-- Each complaint's AES-256 data key, wrapped (AES-GCM) by the configured master key. Events carry only what
-- it sealed. Destroying a key clears it but keeps the row, so a read can tell erased data from a missing key.
CREATE TABLE complaint_data_key (
    complaint_id  UUID        NOT NULL PRIMARY KEY,
    wrapped_key   BYTEA,
    master_key_id VARCHAR(16),
    created_at    TIMESTAMPTZ NOT NULL,
    destroyed_at  TIMESTAMPTZ,
    CONSTRAINT complaint_data_key_held_or_destroyed CHECK (
        (wrapped_key IS NOT NULL AND master_key_id IS NOT NULL AND destroyed_at IS NULL)
        OR (wrapped_key IS NULL AND master_key_id IS NULL AND destroyed_at IS NOT NULL))
);
