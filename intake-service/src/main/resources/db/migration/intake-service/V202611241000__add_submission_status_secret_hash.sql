-- Issue 10: portals read a submission's status by its reference and the secret answered in the 202.
-- Only the secret's SHA-256 is kept (ADR 0017); submissions stored before have none and no status lookup.
ALTER TABLE submission
    ADD COLUMN status_secret_hash BYTEA CHECK (octet_length(status_secret_hash) = 32);
