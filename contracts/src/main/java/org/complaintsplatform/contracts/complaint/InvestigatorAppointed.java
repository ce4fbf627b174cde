package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** An Investigating Officer was appointed to the Stage 2 investigation; stepsCompleted lists the clocks this met. */
public record InvestigatorAppointed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate appointedOn,
        String personRef,
        List<String> stepsCompleted) implements IntegrationEvent {
}
