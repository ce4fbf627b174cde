package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Restrict contact with an unreasonably persistent or abusive complainant, for a stated time. */
public record ImposeBehaviourMeasure(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID measureId,
        Instant imposedAt,
        String measure,
        LocalDate endsOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ImposeBehaviourMeasure(ComplaintId complaintId,
            UUID measureId,
            Instant imposedAt,
            String measure,
            LocalDate endsOn) {
        this(complaintId, measureId, imposedAt, measure, endsOn, null);
    }
}
