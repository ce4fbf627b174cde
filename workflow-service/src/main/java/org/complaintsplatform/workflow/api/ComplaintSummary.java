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
 * @param contactArrangements what the complainant asked for when submitting, without the personal details
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
        ContactArrangements contactArrangements,
        List<DueDate> dueDates,
        List<TimelineEntry> timeline) {

    /**
     * @param advocateNamed              letters are copied to an advocate the complainant named
     * @param advocateOrganisation       the advocate's organisation, if they gave one
     * @param accessibilityNeedsRecorded the complainant described accessibility needs (the text goes to letter writers)
     * @param language                   the language letters should use, a BCP 47 tag; null for the default
     * @param consentToShare             the complainant agreed the details may be shared as needed to deal with it
     */
    public record ContactArrangements(boolean advocateNamed, @Nullable String advocateOrganisation,
                                      boolean accessibilityNeedsRecorded, @Nullable String language,
                                      boolean consentToShare) {
    }

    public record TimelineEntry(Instant occurredAt, String event, String description) {
    }
}
