package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** A stage's response was given longer; the deadline replaces the earlier one for the same stage and step. */
public record StageExtended(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        int stage,
        ExtensionCondition condition,
        DueDate deadline) implements IntegrationEvent {
}
