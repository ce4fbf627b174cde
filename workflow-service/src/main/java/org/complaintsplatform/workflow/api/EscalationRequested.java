package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The complainant asked for the next stage, in or out of its window. */
@Revision("1")
public record EscalationRequested(
        ComplaintId complaintId,
        String tenantId,
        Instant requestedAt,
        LocalDate requestedOn,
        int toStage,
        @Nullable LocalDate windowClosedOn,
        boolean inTime) {
}
