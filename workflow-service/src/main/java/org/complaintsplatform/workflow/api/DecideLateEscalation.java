package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complaints manager's decision on a request made after its window closed. */
public record DecideLateEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        boolean accepted,
        String reason) {
}
