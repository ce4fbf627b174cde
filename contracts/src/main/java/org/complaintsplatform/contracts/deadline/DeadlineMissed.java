package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The due date passed without the awaited step. */
public record DeadlineMissed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        DeadlineKind kind,
        LocalDate dueOn) implements IntegrationEvent {
}
