package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** A learning action was carried out; {@code dueOn} is the date it was recorded with, if any. */
@Revision("1")
public record LearningActionCompleted(
        ComplaintId complaintId,
        String tenantId,
        UUID actionId,
        Instant completedAt,
        LocalDate completedOn,
        @Nullable LocalDate dueOn) {
}
