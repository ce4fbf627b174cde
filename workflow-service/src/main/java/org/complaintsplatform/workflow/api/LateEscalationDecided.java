package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The complaints manager decided on a request made after its window closed; revision 2 sealed the reason. */
@Revision("2")
public record LateEscalationDecided(
        ComplaintId complaintId,
        String tenantId,
        Instant decidedAt,
        int toStage,
        boolean accepted,
        SealedText reason) {
}
