package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/**
 * The decision on a complaint made after the profile's time limit: accepted under the organisation's discretion,
 * or refused, which ends the complaint.
 */
public record DecideTimeLimit(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        boolean accepted,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public DecideTimeLimit(ComplaintId complaintId,
            Instant decidedAt,
            boolean accepted,
            String reason) {
        this(complaintId, decidedAt, accepted, reason, null);
    }
}
