package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record the Ombudsman's decision on the complaint referred to it. */
public record RecordOmbudsmanOutcome(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant decidedAt,
        OmbudsmanOutcome outcome,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public RecordOmbudsmanOutcome(ComplaintId complaintId,
            Instant decidedAt,
            OmbudsmanOutcome outcome) {
        this(complaintId, decidedAt, outcome, null);
    }
}
