package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Send the stage's response: Stage 1 letter, Stage 2 adjudication, Stage 3 final response. */
public record RespondToStage(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int stage,
        Instant respondedAt,
        List<Finding> findings,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public RespondToStage(ComplaintId complaintId,
            int stage,
            Instant respondedAt,
            List<Finding> findings) {
        this(complaintId, stage, respondedAt, findings, null);
    }
}
