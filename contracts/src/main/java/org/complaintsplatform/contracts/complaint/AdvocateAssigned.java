package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** An advocate supports the complainant; the deadlines listed restart from this day. */
public record AdvocateAssigned(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate assignedOn,
        String provider,
        List<DueDate> deadlines) implements IntegrationEvent {
}
