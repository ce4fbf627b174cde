package org.complaintsplatform.intake.api;

import java.util.UUID;

/**
 * Attach a file to a submission of the tenant.
 *
 * @param declaredType the part's Content-Type as the client sent it
 */
public record AddAttachment(String tenantId, UUID complaintId, String idempotencyKey, String filename,
                            String declaredType, byte[] content) {
}
