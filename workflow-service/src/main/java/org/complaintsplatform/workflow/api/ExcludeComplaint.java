package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/**
 * Exclude the complaint, or part of it, on one of the grounds the profile lists, with the explanation the letter
 * must give. Excluding the whole complaint ends it; excluding a part lets the rest proceed.
 */
public record ExcludeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant excludedAt,
        ExclusionGround ground,
        boolean wholeComplaint,
        String explanation,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ExcludeComplaint(ComplaintId complaintId,
            Instant excludedAt,
            ExclusionGround ground,
            boolean wholeComplaint,
            String explanation) {
        this(complaintId, excludedAt, ground, wholeComplaint, explanation, null);
    }
}
