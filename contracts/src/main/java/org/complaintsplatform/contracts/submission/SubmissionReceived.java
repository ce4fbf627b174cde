package org.complaintsplatform.contracts.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.jspecify.annotations.Nullable;

/**
 * A representation accepted by intake. Internal to the platform: it carries personal data, so
 * its topic keeps records for 7 days only and no council reads it.
 *
 * @param occurredAt when the organisation received it; its London date is day zero of every clock
 */
public record SubmissionReceived(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        String reference,
        ReceiptChannel channel,
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        String summary,
        @Nullable String desiredOutcome) implements IntegrationEvent {

    public record Complainant(
            ComplainantRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String postalAddress,
            ContactPreference preferredContact) {
    }

    public record Child(String name, @Nullable LocalDate dateOfBirth) {
    }
}
