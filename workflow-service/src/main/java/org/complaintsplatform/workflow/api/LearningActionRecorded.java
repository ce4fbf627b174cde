package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** A change agreed because of the complaint, tracked to completion; the action's wording is sealed. */
@Revision("1")
public record LearningActionRecorded(
        ComplaintId complaintId,
        String tenantId,
        UUID actionId,
        Instant recordedAt,
        LocalDate recordedOn,
        SealedText action,
        @Nullable LocalDate dueOn) {
}
