package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The stage's response was sent, with the outcome of each point; the next stage's window opens. */
@Revision("1")
public record StageResponded(
        ComplaintId complaintId,
        String tenantId,
        Instant respondedAt,
        LocalDate respondedOn,
        int stage,
        List<Finding> findings,
        @Nullable LocalDate responseDueOn,
        @Nullable DueDate nextStageWindow) {
}
