package org.complaintsplatform.intake.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A representation as submitted, already validated; optional text is absent rather than blank. */
public record Representation(
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        ReceiptChannel channel,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        String summary,
        @Nullable String desiredOutcome) {

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
