package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Review a measure: keep it to a (new) end date, or end it on the day of the review. */
public record ReviewBehaviourMeasure(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID measureId,
        Instant reviewedAt,
        LocalDate endsOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ReviewBehaviourMeasure(ComplaintId complaintId,
            UUID measureId,
            Instant reviewedAt,
            LocalDate endsOn) {
        this(complaintId, measureId, reviewedAt, endsOn, null);
    }
}
