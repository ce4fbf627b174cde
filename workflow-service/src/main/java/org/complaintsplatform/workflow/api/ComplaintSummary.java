package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A complaint's status, stage, running clocks and timeline, without personal data.
 *
 * @param version            the sequence number of its last event: send it back in {@code If-Match} to act on this state
 * @param informationSharing what the complainant may be told, for whoever writes to them
 */
public record ComplaintSummary(
        ComplaintId complaintId,
        String tenantId,
        String reference,
        long version,
        ComplaintStatus status,
        int stage,
        FeedbackType feedbackType,
        Route route,
        LocalDate receivedOn,
        @Nullable LocalDate acknowledgementDueOn,
        @Nullable LocalDate acknowledgedOn,
        InformationSharing informationSharing,
        List<DueDate> dueDates,
        List<TimelineEntry> timeline) {

    public record TimelineEntry(Instant occurredAt, String event, String description) {
    }
}
