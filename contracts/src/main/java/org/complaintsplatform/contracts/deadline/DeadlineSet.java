package org.complaintsplatform.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.jspecify.annotations.Nullable;

/**
 * A clock was started (or restarted with a new due date): deadline-service will warn before it and report
 * it met or missed. A clock is identified by (complaintId, stage, step), and so is {@code deadlineId}.
 *
 * @param step       the profile step ({@code RESPONSE}, {@code REQUEST_WINDOW}, ...) or {@code ACKNOWLEDGEMENT}
 * @param strictness absent where the procedure does not say (the acknowledgement)
 * @param rule       the profile field the due date came from, e.g.
 *                   {@code cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE}
 */
public record DeadlineSet(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID deadlineId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate dueOn) implements IntegrationEvent {
}
