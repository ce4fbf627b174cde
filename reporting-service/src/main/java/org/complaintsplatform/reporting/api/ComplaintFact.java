package org.complaintsplatform.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One representation as the projection holds it; enum values are kept as their contract names. Fields are
 * nullable because a replay may meet later events before the receipt.
 */
public record ComplaintFact(
        UUID complaintId,
        @Nullable String feedbackType,
        @Nullable String route,
        @Nullable String complainantRole,
        @Nullable LocalDate receivedOn,
        @Nullable LocalDate acknowledgementDueOn,
        @Nullable LocalDate acknowledgedOn,
        @Nullable LocalDate withdrawnOn,
        @Nullable Integer withdrawnStage,
        @Nullable LocalDate closedOn,
        @Nullable LocalDate advocateAssignedOn) {

    public boolean isComplaint() {
        return "COMPLAINT".equals(feedbackType);
    }
}
