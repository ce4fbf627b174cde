-- Issue 9: what the complainant asked for when submitting: a named advocate who gets copies of letters, accessibility
-- needs, the language of letters and consent to share. The advocate's person and the needs are personal data:
-- erasure clears them; the organisation, the language and the consent stay.
ALTER TABLE complaint_view
    ADD COLUMN advocate_name           TEXT,
    ADD COLUMN advocate_organisation   TEXT,
    ADD COLUMN advocate_email          TEXT,
    ADD COLUMN advocate_telephone      TEXT,
    ADD COLUMN advocate_postal_address TEXT,
    ADD COLUMN accessibility_needs     TEXT,
    ADD COLUMN language                VARCHAR(35),
    ADD COLUMN consent_to_share        BOOLEAN NOT NULL DEFAULT FALSE;
