package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The complaint moved to the next stage, whose clocks start. */
@Revision("1")
public record ComplaintEscalated(
        ComplaintId complaintId,
        String tenantId,
        Instant escalatedAt,
        LocalDate escalatedOn,
        int fromStage,
        int toStage,
        List<DueDate> deadlines) {
}
