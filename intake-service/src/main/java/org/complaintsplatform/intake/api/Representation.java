package org.complaintsplatform.intake.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A representation as submitted, already validated; optional text is absent rather than blank.
 *
 * @param whatHappenedOn   the date of the latest event complained about; the time limit counts from it
 * @param legalProceedings the submitter says legal proceedings are under way or planned about the matter
 */
public record Representation(
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        ReceiptChannel channel,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        String summary,
        @Nullable String desiredOutcome,
        @Nullable LocalDate whatHappenedOn,
        boolean legalProceedings) {

    public record Complainant(
            ComplainantRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String postalAddress,
            ContactPreference preferredContact) {
    }

    /** @param inCare the child is looked after by the local authority (a child in care) */
    public record Child(String name, @Nullable LocalDate dateOfBirth, boolean inCare) {
    }
}
