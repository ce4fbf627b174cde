package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record that the review panel met. */
public record HoldPanel(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant heldAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public HoldPanel(ComplaintId complaintId, Instant heldAt) {
        this(complaintId, heldAt, null);
    }
}
