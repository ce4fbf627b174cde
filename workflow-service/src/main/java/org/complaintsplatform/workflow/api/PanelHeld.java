package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The review panel met; the clocks counted from the meeting start. */
@Revision("1")
public record PanelHeld(
        ComplaintId complaintId,
        String tenantId,
        Instant heldAt,
        LocalDate heldOn,
        List<DueDate> deadlines,
        List<String> stepsCompleted) {
}
