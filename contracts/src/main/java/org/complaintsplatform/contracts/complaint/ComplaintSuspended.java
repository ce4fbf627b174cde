package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaint is on hold; every running clock stopped with the working days it had left. */
public record ComplaintSuspended(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate suspendedOn,
        SuspensionGround ground,
        List<PausedDueDate> paused) implements IntegrationEvent {
}
