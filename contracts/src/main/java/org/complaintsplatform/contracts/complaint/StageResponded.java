package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** A stage's response was sent (Stage 1 letter, Stage 2 adjudication, Stage 3 final response), with the outcome of each point. */
public record StageResponded(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate respondedOn,
        int stage,
        List<Finding> findings,
        @Nullable LocalDate responseDueOn,
        @Nullable DueDate nextStageWindow) implements IntegrationEvent {
}
