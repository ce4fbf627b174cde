package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The awaited step happened; a {@code metOn} after {@code dueOn} means it happened late. */
public record DeadlineMet(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        DeadlineKind kind,
        LocalDate dueOn,
        LocalDate metOn) implements IntegrationEvent {
}
