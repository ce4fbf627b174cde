package org.complaintsplatform.deadline.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One clock of one complaint; {@code dueOn} is taken from the event that set it, never recomputed. */
public record Deadline(
        UUID id,
        String tenantId,
        UUID complaintId,
        DeadlineKind kind,
        LocalDate dueOn,
        DeadlineStatus status,
        @Nullable LocalDate metOn) {
}
