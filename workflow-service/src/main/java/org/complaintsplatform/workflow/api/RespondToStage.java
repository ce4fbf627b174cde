package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send the stage's response: Stage 1 letter, Stage 2 adjudication, Stage 3 final response. */
public record RespondToStage(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int stage,
        Instant respondedAt,
        List<Finding> findings) {
}
