-- Issue 10: when workflow erases a complaint's personal data after its retention (ComplaintPersonalDataErased),
-- intake erases its copy: the representation's names, contact details, free text and the facts about the people
-- concerned (dates, legal proceedings, care, the triage drawn from them), and each attachment's name and content.
-- Ids, the reference, dates, channel, feedback type, route hint and role stay; the rows say when they were erased.
ALTER TABLE submission
    ADD COLUMN personal_data_erased_at TIMESTAMPTZ,
    ALTER COLUMN summary DROP NOT NULL,
    ALTER COLUMN legal_proceedings DROP NOT NULL,
    ADD CONSTRAINT submission_text_until_erased
        CHECK (personal_data_erased_at IS NOT NULL OR (summary IS NOT NULL AND legal_proceedings IS NOT NULL));

ALTER TABLE attachment
    ADD COLUMN erased_at TIMESTAMPTZ,
    ALTER COLUMN filename DROP NOT NULL,
    ALTER COLUMN content DROP NOT NULL,
    ADD CONSTRAINT attachment_file_until_erased
        CHECK (erased_at IS NOT NULL OR (filename IS NOT NULL AND content IS NOT NULL));
