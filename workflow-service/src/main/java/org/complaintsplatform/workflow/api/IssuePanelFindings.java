package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record the panel chair's findings as received by the person who responds. */
public record IssuePanelFindings(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant receivedAt,
        List<Finding> findings,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public IssuePanelFindings(ComplaintId complaintId, Instant receivedAt, List<Finding> findings) {
        this(complaintId, receivedAt, findings, null);
    }
}
