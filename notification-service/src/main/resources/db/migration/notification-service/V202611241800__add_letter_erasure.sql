-- Issue 10: when workflow erases a complaint's personal data after its retention (ComplaintPersonalDataErased),
-- each of the complaint's letters loses its recipient, text, PDF and last delivery error (a mail server's answer
-- may quote the address). Id, type, channel, status, dates, subject (type and reference) and hashes stay, so the
-- history and reports still work; the row says when it was erased.
ALTER TABLE letter ADD COLUMN personal_data_erased_at TIMESTAMPTZ;

ALTER TABLE letter DROP CONSTRAINT letter_written_is_complete;
ALTER TABLE letter ADD CONSTRAINT letter_written_is_complete CHECK (status = 'NOT_SENT' OR personal_data_erased_at IS NOT NULL
    OR (channel IS NOT NULL AND recipient IS NOT NULL AND body IS NOT NULL AND body_sha256 IS NOT NULL));
