package org.complaintsplatform.intake.api;

import org.jspecify.annotations.Nullable;

/** The receipt of one submission for whoever holds its reference and the status secret answered with it. */
public record FindSubmissionStatus(String tenantId, ComplaintReference reference, @Nullable String statusSecret) {
}
