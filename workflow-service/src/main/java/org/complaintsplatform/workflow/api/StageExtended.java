package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The stage's response was given longer, on a condition the profile allows. */
@Revision("1")
public record StageExtended(
        ComplaintId complaintId,
        String tenantId,
        Instant extendedAt,
        int stage,
        ExtensionCondition condition,
        String reason,
        DueDate deadline) {
}
