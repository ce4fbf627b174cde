package org.complaintsplatform.intake.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored attachment: the reference is its id within the submission; the content stays in intake's
 * database and never travels on a topic.
 *
 * @param sha256 of the content, so the client can check what was stored
 */
public record AttachmentReceipt(UUID attachmentId, UUID complaintId, String filename, String contentType,
                                long size, String sha256, Instant receivedAt) {
}
