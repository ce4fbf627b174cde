package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The panel's findings reached the person who responds: the response clock starts, and the clocks in stepsCompleted are met. */
public record PanelFindingsIssued(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate receivedOn,
        List<Finding> findings,
        List<DueDate> deadlines,
        List<String> stepsCompleted) implements IntegrationEvent {
}
