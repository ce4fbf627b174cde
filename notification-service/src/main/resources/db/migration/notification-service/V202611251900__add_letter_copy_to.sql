-- Issue 7: the advocate the complainant named gets a copy of each e-mail letter, in Cc of the same e-mail (one
-- message, one Message-ID, one delivery). The address is personal data: erased with the complaint's.
ALTER TABLE letter ADD COLUMN copy_to TEXT;
