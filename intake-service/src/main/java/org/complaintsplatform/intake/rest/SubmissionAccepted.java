package org.complaintsplatform.intake.rest;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.intake.api.SubmissionResult;
import org.complaintsplatform.intake.api.Triage;
import org.jspecify.annotations.Nullable;

/**
 * The 202: the receipt and the status secret. The submitter keeps the secret with the reference to read the
 * status later; intake keeps only its hash, and a retry with the same key and body answers the same secret.
 *
 * @param personalDataErasedAt as in the receipt: null, but for a retry after the personal data were erased
 * @param statusSecret 43 characters, base64url; null only in a retry's answer when the secret can no longer be
 *                     derived (a submission older than status secrets, or a key since retired: ADR 0017)
 */
public record SubmissionAccepted(UUID complaintId, String reference, Instant receivedAt, @Nullable Triage triage,
                                 @Nullable Instant personalDataErasedAt, @Nullable String statusSecret) {

    static SubmissionAccepted of(SubmissionResult result) {
        return new SubmissionAccepted(result.receipt().complaintId(), result.receipt().reference(),
                result.receipt().receivedAt(), result.receipt().triage(), result.receipt().personalDataErasedAt(),
                result.statusSecret());
    }
}
