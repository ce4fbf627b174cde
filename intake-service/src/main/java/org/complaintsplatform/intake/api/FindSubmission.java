package org.complaintsplatform.intake.api;

import java.util.UUID;

/** The receipt of one submission, only within its own tenant. */
public record FindSubmission(String tenantId, UUID complaintId) {
}
