package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The complaint is on hold; each running clock stopped with the working days it had left. */
@Revision("1")
public record ComplaintSuspended(
        ComplaintId complaintId,
        String tenantId,
        Instant suspendedAt,
        LocalDate suspendedOn,
        SuspensionGround ground,
        List<PausedDueDate> paused) {
}
