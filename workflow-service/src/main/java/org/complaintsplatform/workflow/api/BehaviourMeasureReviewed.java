package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A measure was reviewed: it runs to {@code endsOn}, which is the review day itself when the review ended it.
 *
 * @param nextReviewDueOn when the profile says it must be reviewed again; null where it states no review period or
 *                        the measure ends first
 */
@Revision("1")
public record BehaviourMeasureReviewed(
        ComplaintId complaintId,
        String tenantId,
        UUID measureId,
        Instant reviewedAt,
        LocalDate reviewedOn,
        LocalDate endsOn,
        @Nullable LocalDate nextReviewDueOn) {
}
