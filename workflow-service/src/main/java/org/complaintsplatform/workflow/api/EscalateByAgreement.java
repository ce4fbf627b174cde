package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Take the complaint straight to Stage 2, leaving out Stage 1, as the profile allows and as was agreed. */
public record EscalateByAgreement(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant agreedAt,
        String reason,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public EscalateByAgreement(ComplaintId complaintId,
            Instant agreedAt,
            String reason) {
        this(complaintId, agreedAt, reason, null);
    }
}
