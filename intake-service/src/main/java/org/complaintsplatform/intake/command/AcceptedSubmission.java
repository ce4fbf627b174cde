package org.complaintsplatform.intake.command;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.intake.api.ComplaintReference;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.complaintsplatform.intake.api.Triage;

/**
 * A representation intake has accepted, as it is stored and published.
 *
 * @param eventId the CloudEvent id of its publication, kept so a re-publication repeats it
 */
public record AcceptedSubmission(
        String tenantId,
        UUID complaintId,
        UUID eventId,
        ComplaintReference reference,
        Instant receivedAt,
        Representation representation,
        Triage triage) {

    public SubmissionReceipt receipt() {
        return new SubmissionReceipt(complaintId, reference.value(), receivedAt, triage, null);
    }
}
