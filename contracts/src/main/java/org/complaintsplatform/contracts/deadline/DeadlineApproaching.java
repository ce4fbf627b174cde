package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.jspecify.annotations.Nullable;

/** The clock is due within the configured lead time, counted in the tenant's working days. */
public record DeadlineApproaching(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate dueOn,
        int workingDaysLeft) implements IntegrationEvent {
}
