package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** The complaints manager's decision that someone other than the child or a parent has sufficient interest to complain. */
public record DecideSufficientInterest(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        boolean sufficientInterest,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public DecideSufficientInterest(ComplaintId complaintId,
            Instant decidedAt,
            boolean sufficientInterest,
            String reason) {
        this(complaintId, decidedAt, sufficientInterest, reason, null);
    }
}
