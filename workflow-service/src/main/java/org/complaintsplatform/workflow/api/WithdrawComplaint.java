package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complainant withdraws the complaint; every clock stops for good. */
public record WithdrawComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant withdrawnAt,
        String reason) {
}
