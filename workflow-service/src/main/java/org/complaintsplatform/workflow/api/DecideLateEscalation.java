package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** The complaints manager's decision on a request made after its window closed. */
public record DecideLateEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        boolean accepted,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public DecideLateEscalation(ComplaintId complaintId,
            Instant decidedAt,
            boolean accepted,
            String reason) {
        this(complaintId, decidedAt, accepted, reason, null);
    }
}
