package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Register a representation accepted by intake. */
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
        @Nullable String desiredOutcome) {
}
