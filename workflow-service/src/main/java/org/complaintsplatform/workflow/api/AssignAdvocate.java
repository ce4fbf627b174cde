package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record that an advocate now supports the complainant; where the profile says so, the response clock starts again from here. */
public record AssignAdvocate(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant assignedAt,
        String provider,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public AssignAdvocate(ComplaintId complaintId,
            Instant assignedAt,
            String provider) {
        this(complaintId, assignedAt, provider, null);
    }
}
