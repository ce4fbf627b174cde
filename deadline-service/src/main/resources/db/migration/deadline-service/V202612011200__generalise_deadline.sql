-- Every clock the complaint events carry, not only the acknowledgement: a deadline is identified by
-- (complaint, stage, step) and keeps the strictness and the profile rule its due date came from.
ALTER TABLE deadline
    ADD COLUMN stage             INT,
    ADD COLUMN step              VARCHAR(60),
    ADD COLUMN strictness        VARCHAR(10) CHECK (strictness IN ('LIMIT', 'TARGET')),
    ADD COLUMN rule              VARCHAR(300),
    ADD COLUMN paused_on         DATE,
    ADD COLUMN working_days_left INT,
    ADD COLUMN cancelled_on      DATE,
    -- the due date a DeadlineApproaching was published for, so a repeated firing publishes nothing
    ADD COLUMN approaching_for   DATE;

-- rows of the first slice are acknowledgements; their profile version was not recorded
UPDATE deadline SET stage = 1, step = kind, rule = 'unrecorded#acknowledgement';

ALTER TABLE deadline
    ALTER COLUMN stage SET NOT NULL,
    ALTER COLUMN step SET NOT NULL,
    ALTER COLUMN rule SET NOT NULL,
    DROP COLUMN kind,  -- drops UNIQUE (complaint_id, kind) with it
    DROP CONSTRAINT deadline_status_check,
    ADD CONSTRAINT deadline_status_check CHECK (status IN ('OPEN', 'PAUSED', 'MET', 'MISSED', 'CANCELLED')),
    -- a later due date for the same clock replaces the earlier one
    ADD CONSTRAINT deadline_clock_key UNIQUE (complaint_id, stage, step);
