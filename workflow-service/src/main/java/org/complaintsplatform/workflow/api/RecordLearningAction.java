package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record a change agreed because of the complaint, to be tracked to completion. */
public record RecordLearningAction(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID actionId,
        Instant recordedAt,
        String action,
        @Nullable LocalDate dueOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public RecordLearningAction(ComplaintId complaintId,
            UUID actionId,
            Instant recordedAt,
            String action,
            @Nullable LocalDate dueOn) {
        this(complaintId, actionId, recordedAt, action, dueOn, null);
    }
}
