package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaint closed at the stage it reached, with the findings of its last response. */
public record ComplaintClosed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate closedOn,
        int stage,
        List<Finding> findings) implements IntegrationEvent {
}
