package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The review panel met: the deadlines counted from the meeting start, and the clocks in stepsCompleted are met. */
public record PanelHeld(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate heldOn,
        List<DueDate> deadlines,
        List<String> stepsCompleted) implements IntegrationEvent {
}
