-- Issue 9: the complainant's accessibility needs and language, the advocate they name and their consent to share.
-- All but the consent are personal data: erasure clears them with the rest.
ALTER TABLE submission
    ADD COLUMN complainant_accessibility_needs VARCHAR(1000),
    ADD COLUMN complainant_language            VARCHAR(35),
    ADD COLUMN advocate_name                   VARCHAR(200),
    ADD COLUMN advocate_organisation           VARCHAR(200),
    ADD COLUMN advocate_email                  VARCHAR(320),
    ADD COLUMN advocate_telephone              VARCHAR(40),
    ADD COLUMN advocate_postal_address         VARCHAR(1000),
    ADD COLUMN consent_to_share                BOOLEAN NOT NULL DEFAULT FALSE;
