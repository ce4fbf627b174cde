package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The panel's findings reached the person who responds; the response clock starts. */
@Revision("1")
public record PanelFindingsIssued(
        ComplaintId complaintId,
        String tenantId,
        Instant receivedAt,
        LocalDate receivedOn,
        List<Finding> findings,
        List<DueDate> deadlines,
        List<String> stepsCompleted) {
}
