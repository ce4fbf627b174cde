package org.complaintsplatform.intake.api;

import java.time.Instant;
import java.util.UUID;

/** What the submitter is told: no personal data, so it can be answered to any retry. */
public record SubmissionReceipt(UUID complaintId, String reference, Instant receivedAt) {
}
