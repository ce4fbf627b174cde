package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the complaint on hold: every running clock stops with the working days it has left. */
public record SuspendComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant suspendedAt,
        SuspensionGround ground) {
}
