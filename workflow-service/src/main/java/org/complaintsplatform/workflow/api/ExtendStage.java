package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Give the current stage's response longer, on a condition the profile allows and within its maximum. */
public record ExtendStage(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int stage,
        Instant extendedAt,
        ExtensionCondition condition,
        int workingDays,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ExtendStage(ComplaintId complaintId,
            int stage,
            Instant extendedAt,
            ExtensionCondition condition,
            int workingDays,
            String reason) {
        this(complaintId, stage, extendedAt, condition, workingDays, reason, null);
    }
}
