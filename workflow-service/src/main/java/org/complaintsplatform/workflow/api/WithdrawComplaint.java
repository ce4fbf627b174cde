package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** The complainant withdraws the complaint; every clock stops for good. */
public record WithdrawComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant withdrawnAt,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public WithdrawComplaint(ComplaintId complaintId,
            Instant withdrawnAt,
            String reason) {
        this(complaintId, withdrawnAt, reason, null);
    }
}
