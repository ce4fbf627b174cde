package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complainant withdrew the complaint; every clock stopped for good. */
public record ComplaintWithdrawn(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate withdrawnOn,
        int stage) implements IntegrationEvent {
}
