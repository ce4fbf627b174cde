package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaint moved to the next stage; the deadlines are that stage's clocks. */
public record ComplaintEscalated(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate escalatedOn,
        int fromStage,
        int toStage,
        List<DueDate> deadlines) implements IntegrationEvent {
}
