package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaints manager decided on a request made after its window closed. */
public record LateEscalationDecided(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        int toStage,
        boolean accepted) implements IntegrationEvent {
}
