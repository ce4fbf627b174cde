package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The complaint is closed at the stage it reached, with the findings of its last response. */
@Revision("1")
public record ComplaintClosed(
        ComplaintId complaintId,
        String tenantId,
        Instant closedAt,
        LocalDate closedOn,
        int stage,
        List<Finding> findings) {
}
