package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The stage's response was given longer, on a condition the profile allows; revision 2 sealed the reason. */
@Revision("2")
public record StageExtended(
        ComplaintId complaintId,
        String tenantId,
        Instant extendedAt,
        int stage,
        ExtensionCondition condition,
        SealedText reason,
        DueDate deadline) {
}
