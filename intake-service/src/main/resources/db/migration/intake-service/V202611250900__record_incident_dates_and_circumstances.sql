-- Issue 9: a submission gives the dates of one or several events, when the complainant became aware of them, the
-- circumstances that may put the matter outside the procedure (legal proceedings among them) and when an earlier
-- complaint about it was answered. incident_dates replaces what_happened_on (its latest date), circumstances
-- replaces legal_proceedings.
ALTER TABLE submission
    ADD COLUMN incident_dates         DATE[],
    ADD COLUMN became_aware_on        DATE,
    ADD COLUMN circumstances          TEXT[],
    ADD COLUMN previously_answered_on DATE;

UPDATE submission SET
    incident_dates = CASE WHEN what_happened_on IS NULL THEN '{}'::DATE[] ELSE ARRAY[what_happened_on] END,
    circumstances = CASE WHEN legal_proceedings THEN ARRAY['LEGAL_PROCEEDINGS'] ELSE '{}'::TEXT[] END
WHERE personal_data_erased_at IS NULL;

-- Triage stored before counted its time limit from the one date given and knew no late-acceptance circumstances.
UPDATE submission SET triage = jsonb_set(triage, '{timeLimit}', (triage -> 'timeLimit') || jsonb_build_object(
        'firstHappenedOn', triage -> 'timeLimit' -> 'whatHappenedOn',
        'becameAwareOn', 'null'::JSONB,
        'countedFrom', triage -> 'timeLimit' -> 'whatHappenedOn',
        'lateAcceptance', '[]'::JSONB))
WHERE jsonb_typeof(triage -> 'timeLimit') = 'object';

ALTER TABLE submission
    DROP CONSTRAINT submission_text_until_erased,
    DROP COLUMN what_happened_on,
    DROP COLUMN legal_proceedings,
    ADD CONSTRAINT submission_text_until_erased CHECK (personal_data_erased_at IS NOT NULL
        OR (summary IS NOT NULL AND incident_dates IS NOT NULL AND circumstances IS NOT NULL));
