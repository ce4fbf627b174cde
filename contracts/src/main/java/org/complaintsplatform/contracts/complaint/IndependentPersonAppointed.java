package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** An Independent Person, who declared their independence, was appointed to oversee the Stage 2 investigation; stepsCompleted lists the clocks this met. */
public record IndependentPersonAppointed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate appointedOn,
        String personRef,
        List<String> stepsCompleted) implements IntegrationEvent {
}
