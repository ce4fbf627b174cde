package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The written statement of complaint was agreed; the clocks counted from it start. */
@Revision("1")
public record WrittenStatementAgreed(
        ComplaintId complaintId,
        String tenantId,
        Instant agreedAt,
        LocalDate agreedOn,
        boolean signed,
        List<DueDate> deadlines) {
}
