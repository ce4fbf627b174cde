package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** A report of the investigation was received; its clocks start and the ones it answers are met. */
@Revision("1")
public record InvestigationReportSubmitted(
        ComplaintId complaintId,
        String tenantId,
        Instant submittedAt,
        LocalDate submittedOn,
        ReportKind kind,
        InvestigatorRole author,
        List<DueDate> deadlines,
        List<String> stepsCompleted) {
}
