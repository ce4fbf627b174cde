package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * Register a representation accepted by intake.
 *
 * @param advocate           the advocate or representative the complainant named, who gets copies of letters
 * @param accessibilityNeeds what the complainant needs to take part (large print, an interpreter, ...)
 * @param language           the language letters should use, a BCP 47 tag
 * @param consentToShare     the complainant agreed the complaint's details may be shared as needed to deal with it
 */
public record RegisterComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String tenantId,
        String reference,
        Instant receivedAt,
        ReceiptChannel channel,
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        String summary,
        @Nullable String desiredOutcome,
        @Nullable NamedAdvocate advocate,
        @Nullable String accessibilityNeeds,
        @Nullable String language,
        boolean consentToShare) {
}
