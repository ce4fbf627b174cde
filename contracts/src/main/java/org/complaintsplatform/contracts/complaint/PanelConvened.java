package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * The Stage 3 review panel was convened; stepsCompleted lists the clocks this met.
 *
 * @param meetingOn the day the panel will meet, when it was set at convening (the invitation gives it)
 */
public record PanelConvened(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate convenedOn,
        List<PanelMember> members,
        List<String> stepsCompleted,
        @Nullable LocalDate meetingOn) implements IntegrationEvent {

    /** Without the meeting date: the shape before it was added, kept for producers and tests written then. */
    public PanelConvened(String tenantId, UUID complaintId, Instant occurredAt, LocalDate convenedOn,
                         List<PanelMember> members, List<String> stepsCompleted) {
        this(tenantId, complaintId, occurredAt, convenedOn, members, stepsCompleted, null);
    }
}
