package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The acknowledgement letter was sent; the due date is absent where the procedure sets no timescale. */
@Revision("1")
public record ComplaintAcknowledged(
        ComplaintId complaintId,
        String tenantId,
        Instant acknowledgedAt,
        LocalDate acknowledgedOn,
        @Nullable LocalDate acknowledgementDueOn,
        UUID letterId) {
}
