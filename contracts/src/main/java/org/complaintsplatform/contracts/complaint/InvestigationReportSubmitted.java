package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** A report of the investigation was received: its deadlines start, and the clocks in stepsCompleted are met. */
public record InvestigationReportSubmitted(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate submittedOn,
        ReportKind kind,
        InvestigatorRole author,
        List<DueDate> deadlines,
        List<String> stepsCompleted) implements IntegrationEvent {
}
