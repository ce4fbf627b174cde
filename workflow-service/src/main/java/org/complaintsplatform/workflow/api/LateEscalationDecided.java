package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The complaints manager decided on a request made after its window closed. */
@Revision("1")
public record LateEscalationDecided(
        ComplaintId complaintId,
        String tenantId,
        Instant decidedAt,
        int toStage,
        boolean accepted,
        String reason) {
}
