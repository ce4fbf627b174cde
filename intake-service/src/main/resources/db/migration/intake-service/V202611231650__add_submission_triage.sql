-- Issue 9: the facts triage needs (date of the latest event, legal proceedings indicated, child in care)
-- and the triage flags given in the first answer, kept so a retry and the GET repeat them unchanged.
ALTER TABLE submission
    ADD COLUMN what_happened_on  DATE,
    ADD COLUMN legal_proceedings BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN child_in_care     BOOLEAN,
    ADD COLUMN triage            JSONB;
