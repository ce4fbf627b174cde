package org.complaintsplatform.intake.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the submitter is told: no personal data, so it can be answered to any retry.
 *
 * @param triage the suggestions computed at receipt; null only for submissions stored before triage existed
 */
public record SubmissionReceipt(UUID complaintId, String reference, Instant receivedAt, @Nullable Triage triage) {
}
