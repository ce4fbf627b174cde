package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.jspecify.annotations.Nullable;

/**
 * The clock stopped for good without being met or missed: the stage it belongs to ended (responded,
 * escalated past) or the complaint was withdrawn or closed.
 */
public record DeadlineCancelled(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate dueOn,
        LocalDate cancelledOn,
        CancellationReason reason) implements IntegrationEvent {
}
