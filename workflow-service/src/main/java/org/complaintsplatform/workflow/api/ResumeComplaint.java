package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Take the complaint off hold: every stopped clock restarts with the working days it had left. */
public record ResumeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant resumedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ResumeComplaint(ComplaintId complaintId,
            Instant resumedAt) {
        this(complaintId, resumedAt, null);
    }
}
