package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaint is off hold; the deadlines are the restarted clocks. */
public record ComplaintResumed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate resumedOn,
        List<DueDate> deadlines) implements IntegrationEvent {
}
