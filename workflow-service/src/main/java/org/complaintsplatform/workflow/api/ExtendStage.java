package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give the current stage's response longer, on a condition the profile allows and within its maximum. */
public record ExtendStage(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int stage,
        Instant extendedAt,
        ExtensionCondition condition,
        int workingDays,
        String reason) {
}
