package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complaints manager's decision that someone other than the child or a parent has sufficient interest to complain. */
public record DecideSufficientInterest(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        boolean sufficientInterest,
        String reason) {
}
