package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Close a complaint whose last response has been sent. */
public record CloseComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant closedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public CloseComplaint(ComplaintId complaintId,
            Instant closedAt) {
        this(complaintId, closedAt, null);
    }
}
