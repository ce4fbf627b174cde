package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record the learning meeting the profile holds after a complaint's final response. */
public record HoldLearningMeeting(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant heldAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public HoldLearningMeeting(ComplaintId complaintId,
            Instant heldAt) {
        this(complaintId, heldAt, null);
    }
}
