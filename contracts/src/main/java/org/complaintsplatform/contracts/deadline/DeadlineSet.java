package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** A clock was started: deadline-service will warn before it and report it met or missed. */
public record DeadlineSet(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        DeadlineKind kind,
        LocalDate dueOn) implements IntegrationEvent {
}
