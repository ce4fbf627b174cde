package org.complaintsplatform.intake.command;

import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.jspecify.annotations.Nullable;

/**
 * What an idempotent retry and the status lookup need of an earlier submission: its answer, the hash of
 * its body and the SHA-256 of its status secret (null for submissions stored before secrets existed).
 */
public record StoredSubmission(SubmissionReceipt receipt, String requestHash, byte @Nullable [] statusSecretHash) {
}
