package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.jspecify.annotations.Nullable;

/** The clock was given longer: {@code dueOn} replaces {@code previousDueOn}. */
public record DeadlineExtended(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate previousDueOn,
        LocalDate dueOn) implements IntegrationEvent {
}
