package org.complaintsplatform.intake.command;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.intake.api.AttachmentReceipt;
import org.jspecify.annotations.Nullable;

/** Where attachments are kept, in intake's database; every call joins the caller's transaction. */
public interface Attachments {

    /**
     * Locks the submission's row so concurrent uploads count its attachments one at a time, and an erasure waits
     * for them or they for it; empty if unknown.
     */
    Optional<LockedSubmission> lockSubmission(String tenantId, UUID complaintId);

    int countFor(UUID complaintId);

    Optional<StoredAttachment> findByIdempotencyKey(UUID complaintId, String idempotencyKey);

    void add(String tenantId, AttachmentReceipt receipt, String idempotencyKey, byte[] content);

    /** The receipt and content of one attachment, only within its tenant and submission. */
    Optional<StoredFile> find(String tenantId, UUID complaintId, UUID attachmentId);

    /**
     * Clears the name and content of the submission's attachments not yet erased, and records when; id, type,
     * size, SHA-256 and date of receipt stay.
     *
     * @return how many were erased
     */
    int erase(String tenantId, UUID complaintId, Instant erasedAt);

    /** @param personalDataErasedAt when the submission's personal data were erased; null while it keeps them */
    record LockedSubmission(@Nullable Instant personalDataErasedAt) {
    }

    record StoredAttachment(AttachmentReceipt receipt) {
    }

    sealed interface StoredFile permits AttachmentFile, ErasedFile {
    }

    record AttachmentFile(AttachmentReceipt receipt, byte[] content) implements StoredFile {
    }

    /** An attachment whose name and content were erased with the submission's personal data. */
    record ErasedFile(Instant erasedAt) implements StoredFile {
    }
}
