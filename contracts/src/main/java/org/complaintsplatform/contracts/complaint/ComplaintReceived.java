package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.jspecify.annotations.Nullable;

/**
 * A complaint was registered. Starts the acknowledgement clock: its due date is computed once, by
 * workflow-service, and carried here so no consumer recomputes it.
 *
 * @param receivedOn              day zero, the London date of receipt
 * @param acknowledgementRequired whether the procedure acknowledges this representation (never an anonymous one)
 * @param acknowledgementDueOn  absent when no acknowledgement is required or the procedure sets no timescale for it
 * @param deadlines               the first stage's clocks that start at receipt (complaints only)
 * @param dueDatesProjected     true when a due date was computed with projected, not published, bank holidays
 */
public record ComplaintReceived(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        String reference,
        LocalDate receivedOn,
        FeedbackType feedbackType,
        Route route,
        ComplainantRole complainantRole,
        boolean anonymous,
        boolean acknowledgementRequired,
        String profileId,
        int profileVersion,
        @Nullable LocalDate acknowledgementDueOn,
        List<DueDate> deadlines,
        boolean dueDatesProjected) implements IntegrationEvent {
}
