-- What retention needs: the profile version a complaint runs under, the day it was closed or withdrawn, and
-- when and under which rule its personal data were erased.
ALTER TABLE complaint_view
    ADD COLUMN profile_id              VARCHAR(60),
    ADD COLUMN profile_version         INTEGER,
    ADD COLUMN finished_on             DATE,
    ADD COLUMN personal_data_erased_on DATE,
    ADD COLUMN erasure_rule            VARCHAR(100);

-- Complaints registered before: their profile and closing day are in their events.
UPDATE complaint_view v
SET profile_id = e.payload ->> 'profileId', profile_version = (e.payload ->> 'profileVersion')::INTEGER
FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::JSONB AS payload FROM domain_event_entry
      WHERE payload_type = 'org.complaintsplatform.workflow.api.ComplaintReceived') e
WHERE e.aggregate_identifier = v.complaint_id::TEXT;

UPDATE complaint_view v
SET finished_on = e.finished_on
FROM (SELECT aggregate_identifier,
             COALESCE(convert_from(payload, 'UTF8')::JSONB ->> 'closedOn',
                      convert_from(payload, 'UTF8')::JSONB ->> 'withdrawnOn')::DATE AS finished_on
      FROM domain_event_entry
      WHERE payload_type IN ('org.complaintsplatform.workflow.api.ComplaintClosed',
                             'org.complaintsplatform.workflow.api.ComplaintWithdrawn')) e
WHERE e.aggregate_identifier = v.complaint_id::TEXT;

-- The erasure job's daily question: which finished complaints still hold personal data.
CREATE INDEX complaint_view_awaiting_erasure ON complaint_view (finished_on)
    WHERE finished_on IS NOT NULL AND personal_data_erased_on IS NULL;
