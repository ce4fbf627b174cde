package org.complaintsplatform.contracts.council;

import java.time.LocalDate;
import java.util.List;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Route;
import org.jspecify.annotations.Nullable;

/**
 * A representation a council's own system submits on its inbound topic, as the CloudEvent
 * {@code org.complaintsplatform.council-submission.v1} in binary mode. The CloudEvent {@code id} is the
 * idempotency key: a council resends with the same id and gets one submission. The same fields and rules
 * as the portal's REST body; the channel is always {@code COUNCIL_SYSTEM}.
 *
 * @param tenantId             must be the tenant of the topic it is written to
 * @param advocate             an advocate or representative the complainant names, who gets copies of letters
 * @param consentToShare       the complainant agrees the complaint's details may be shared as needed to deal with it
 * @param whatHappenedOn       the date of the one event complained about; for several, {@code incidentDates} (not both)
 * @param incidentDates        the dates of several events complained about; the time limit counts from the latest
 * @param becameAwareOn        when the complainant learnt of the events, if later
 * @param circumstances        what may put the matter outside the procedure (proceedings, an earlier complaint, ...)
 * @param previouslyAnsweredOn when an earlier complaint about the same matter was answered
 */
public record CouncilSubmission(
        String tenantId,
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        @Nullable Advocate advocate,
        boolean consentToShare,
        String summary,
        @Nullable String desiredOutcome,
        @Nullable LocalDate whatHappenedOn,
        @Nullable List<LocalDate> incidentDates,
        @Nullable LocalDate becameAwareOn,
        @Nullable List<Circumstance> circumstances,
        @Nullable LocalDate previouslyAnsweredOn) {

    /** Absent lists are empty: councils may leave them out. */
    public CouncilSubmission {
        incidentDates = incidentDates == null ? List.of() : List.copyOf(incidentDates);
        circumstances = circumstances == null ? List.of() : List.copyOf(circumstances);
    }

    public record Complainant(
            ComplainantRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String postalAddress,
            ContactPreference preferredContact,
            @Nullable String accessibilityNeeds,
            @Nullable String language) {
    }

    public record Advocate(
            String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String telephone,
            @Nullable String postalAddress) {
    }

    /** @param inCare the child is looked after by the local authority */
    public record Child(String name, @Nullable LocalDate dateOfBirth, boolean inCare) {
    }
}
