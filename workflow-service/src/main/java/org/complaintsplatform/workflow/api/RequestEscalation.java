package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** The complainant asks for the next stage. */
public record RequestEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        int toStage,
        Instant requestedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public RequestEscalation(ComplaintId complaintId,
            int toStage,
            Instant requestedAt) {
        this(complaintId, toStage, requestedAt, null);
    }
}
