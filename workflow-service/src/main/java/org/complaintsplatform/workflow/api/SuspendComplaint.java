package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Put the complaint on hold: every running clock stops with the working days it has left. */
public record SuspendComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant suspendedAt,
        SuspensionGround ground,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public SuspendComplaint(ComplaintId complaintId,
            Instant suspendedAt,
            SuspensionGround ground) {
        this(complaintId, suspendedAt, ground, null);
    }
}
