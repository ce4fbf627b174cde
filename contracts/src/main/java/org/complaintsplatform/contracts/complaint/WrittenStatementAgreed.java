package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The written statement of complaint was agreed (signed where the procedure asks); the deadlines counted from it start. */
public record WrittenStatementAgreed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate agreedOn,
        boolean signed,
        List<DueDate> deadlines) implements IntegrationEvent {
}
