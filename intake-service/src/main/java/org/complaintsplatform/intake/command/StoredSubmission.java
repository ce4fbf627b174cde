package org.complaintsplatform.intake.command;

import org.complaintsplatform.intake.api.SubmissionReceipt;

/** What an idempotent retry needs of an earlier submission: its answer and the hash of its body. */
public record StoredSubmission(SubmissionReceipt receipt, String requestHash) {
}
