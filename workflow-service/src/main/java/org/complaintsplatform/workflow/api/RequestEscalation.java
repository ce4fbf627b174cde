package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complainant asks for the next stage. */
public record RequestEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int toStage,
        Instant requestedAt) {
}
