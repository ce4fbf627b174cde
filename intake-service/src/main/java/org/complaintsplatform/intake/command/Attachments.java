package org.complaintsplatform.intake.command;

import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.intake.api.AttachmentReceipt;

/** Where attachments are kept, in intake's database; every call joins the caller's transaction. */
public interface Attachments {

    /** Locks the submission's row so concurrent uploads count its attachments one at a time; false if unknown. */
    boolean lockSubmission(String tenantId, UUID complaintId);

    int countFor(UUID complaintId);

    Optional<StoredAttachment> findByIdempotencyKey(UUID complaintId, String idempotencyKey);

    void add(String tenantId, AttachmentReceipt receipt, String idempotencyKey, byte[] content);

    /** The receipt and content of one attachment, only within its tenant and submission. */
    Optional<AttachmentFile> find(String tenantId, UUID complaintId, UUID attachmentId);

    record StoredAttachment(AttachmentReceipt receipt) {
    }

    record AttachmentFile(AttachmentReceipt receipt, byte[] content) {
    }
}
