package org.complaintsplatform.intake.command;

import java.util.Optional;

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
}
