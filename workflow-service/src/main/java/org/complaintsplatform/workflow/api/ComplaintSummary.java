package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A complaint's status and timeline, without personal data. */
public record ComplaintSummary(
        ComplaintId complaintId,
        String tenantId,
        String reference,
        ComplaintStatus status,
        FeedbackType feedbackType,
        Route route,
        LocalDate receivedOn,
        @Nullable LocalDate acknowledgementDueOn,
        @Nullable LocalDate acknowledgedOn,
        List<TimelineEntry> timeline) {

    public record TimelineEntry(Instant occurredAt, String event, String description) {
    }
}
