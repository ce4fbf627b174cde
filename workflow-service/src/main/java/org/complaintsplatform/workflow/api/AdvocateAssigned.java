package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** An advocate supports the complainant; the deadlines are those that restart from this day. */
@Revision("1")
public record AdvocateAssigned(
        ComplaintId complaintId,
        String tenantId,
        Instant assignedAt,
        LocalDate assignedOn,
        String provider,
        List<DueDate> deadlines) {
}
