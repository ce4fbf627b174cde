package org.complaintsplatform.intake.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the submitter is told: no personal data, so it can be answered to any retry.
 *
 * @param triage               the suggestions computed at receipt; null for submissions stored before triage existed
 *                             and once the personal data are erased (the flags describe the people concerned)
 * @param personalDataErasedAt when intake erased the submission's personal data, after workflow did at the end of
 *                             the retention period; null while it keeps them
 */
public record SubmissionReceipt(UUID complaintId, String reference, Instant receivedAt, @Nullable Triage triage,
                                @Nullable Instant personalDataErasedAt) {
}
