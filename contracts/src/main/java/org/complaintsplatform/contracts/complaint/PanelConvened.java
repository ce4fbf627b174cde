package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The Stage 3 review panel was convened; stepsCompleted lists the clocks this met. */
public record PanelConvened(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate convenedOn,
        List<PanelMember> members,
        List<String> stepsCompleted) implements IntegrationEvent {
}
