-- What the complainant may be told (FULL, BRIEF_UNTIL_CONSENT, CONSENTED), the profile rule and whose consent.
ALTER TABLE complaint_view
    ADD COLUMN information_sharing      TEXT NOT NULL DEFAULT 'FULL',
    ADD COLUMN information_sharing_rule TEXT,
    ADD COLUMN sharing_consent_given_by TEXT;

-- Entries of the same instant (a complaint and what follows from it at once) keep the order they happened in.
ALTER TABLE complaint_timeline_entry ADD COLUMN seq BIGSERIAL;
