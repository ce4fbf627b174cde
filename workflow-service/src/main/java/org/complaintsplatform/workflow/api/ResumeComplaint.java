package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the complaint off hold: every stopped clock restarts with the working days it had left. */
public record ResumeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant resumedAt) {
}
