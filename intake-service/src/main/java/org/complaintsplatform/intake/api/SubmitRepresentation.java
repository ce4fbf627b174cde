package org.complaintsplatform.intake.api;

/**
 * Accept a representation for a tenant.
 *
 * @param idempotencyKey chosen by the client; a retry with the same key and body gets the first answer
 */
public record SubmitRepresentation(String tenantId, String idempotencyKey, Representation representation) {
}
