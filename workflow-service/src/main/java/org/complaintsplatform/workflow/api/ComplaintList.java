package org.complaintsplatform.workflow.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of complaints; ask for the next with {@code offset + limit} while a page is full. */
public record ComplaintList(List<Entry> complaints, int limit, int offset) {

    /**
     * @param nextDueOn the earliest date the organisation must meet; the complainant's own windows to ask for the
     *                  next stage do not count
     * @param overdue   {@code nextDueOn} has passed
     */
    public record Entry(ComplaintId complaintId, String reference, ComplaintStatus status, int stage,
                        FeedbackType feedbackType, Route route, LocalDate receivedOn, @Nullable LocalDate nextDueOn,
                        boolean overdue) {
    }
}
