package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.jspecify.annotations.Nullable;

/**
 * The complaint was suspended and the clock stopped on {@code pausedOn}.
 *
 * @param workingDaysLeft the working days the clock had left, as workflow-service computed them; absent
 *                        when the suspension did not list this clock
 */
public record DeadlinePaused(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate dueOn,
        LocalDate pausedOn,
        @Nullable Integer workingDaysLeft) implements IntegrationEvent {
}
