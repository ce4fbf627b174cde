package org.complaintsplatform.intake.api;

/** @param replayed true when the idempotency key had been used before with the same body */
public record SubmissionResult(SubmissionReceipt receipt, boolean replayed) {
}
