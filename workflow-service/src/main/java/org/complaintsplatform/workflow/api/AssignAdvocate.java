package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an advocate now supports the complainant; where the profile says so, the response clock starts again from here. */
public record AssignAdvocate(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant assignedAt,
        String provider) {
}
