package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record the written statement of complaint as agreed (and signed, where the procedure asks for it); its clocks start. */
public record AgreeWrittenStatement(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant agreedAt,
        boolean signed,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public AgreeWrittenStatement(ComplaintId complaintId, Instant agreedAt, boolean signed) {
        this(complaintId, agreedAt, signed, null);
    }
}
