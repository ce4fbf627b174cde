package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record that a learning action was carried out. */
public record CompleteLearningAction(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID actionId,
        Instant completedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public CompleteLearningAction(ComplaintId complaintId,
            UUID actionId,
            Instant completedAt) {
        this(complaintId, actionId, completedAt, null);
    }
}
