package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** The complainant asked for the next stage, in or out of its window. */
public record EscalationRequested(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate requestedOn,
        int toStage,
        @Nullable LocalDate windowClosedOn,
        boolean inTime) implements IntegrationEvent {
}
