package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The complaint is off hold; each stopped clock restarted with the working days it had left. */
@Revision("1")
public record ComplaintResumed(
        ComplaintId complaintId,
        String tenantId,
        Instant resumedAt,
        LocalDate resumedOn,
        List<DueDate> deadlines) {
}
