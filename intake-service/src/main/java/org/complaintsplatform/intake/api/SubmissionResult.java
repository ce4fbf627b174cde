package org.complaintsplatform.intake.api;

import org.jspecify.annotations.Nullable;

/**
 * @param replayed     true when the idempotency key had been used before with the same body
 * @param statusSecret what the submitter shows, with the reference, to read the status later; the same for a
 *                     replay, null only for a replay of a submission whose secret can no longer be derived
 */
public record SubmissionResult(SubmissionReceipt receipt, boolean replayed, @Nullable String statusSecret) {
}
