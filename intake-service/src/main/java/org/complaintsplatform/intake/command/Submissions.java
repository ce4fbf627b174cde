package org.complaintsplatform.intake.command;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where accepted submissions and reference counters are kept; every call joins the caller's transaction. */
public interface Submissions {

    Optional<StoredSubmission> findByIdempotencyKey(String tenantId, String idempotencyKey);

    Optional<StoredSubmission> findByReference(String tenantId, String reference);

    /** The next reference number of the tenant in that year, starting at 1; rolled back with the transaction. */
    long nextReferenceNumber(String tenantId, int year);

    /**
     * Stores the submission unless the tenant has already used its idempotency key, waiting for a
     * concurrent transaction that holds the same key.
     *
     * @param statusSecretHash the SHA-256 of the status secret; the secret itself is never stored
     * @return false when the key is taken, and nothing was stored
     */
    boolean addUnlessKeyUsed(AcceptedSubmission submission, String idempotencyKey, String requestHash,
                             byte[] statusSecretHash);

    /**
     * Clears the submission's personal data (names, contact details, free text, the dates and facts about the
     * people and the triage drawn from them) and records when; ids, reference, dates of receipt, channel, feedback
     * type, route hint and role stay.
     *
     * @return false when the tenant has no such submission or its personal data were erased before
     */
    boolean erasePersonalData(String tenantId, UUID complaintId, Instant erasedAt);
}
