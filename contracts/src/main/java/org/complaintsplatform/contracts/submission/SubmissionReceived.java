package org.complaintsplatform.contracts.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * @param occurredAt     when the organisation received it; its London date is day zero of every clock
 * @param advocate       an advocate or representative the complainant named
 * @param consentToShare the complainant agreed the complaint's details may be shared as needed to deal with it
 * @param triage         intake's suggestions from the tenant's procedure profile; null from producers without triage
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
        @Nullable Advocate advocate,
        boolean consentToShare,
        String summary,
        @Nullable String desiredOutcome,
        @Nullable Triage triage) implements IntegrationEvent {

    /** Without an advocate or consent: the shape before they were added, kept for producers and tests written then. */
    public SubmissionReceived(String tenantId, UUID complaintId, Instant occurredAt, String reference,
                              ReceiptChannel channel, FeedbackType feedbackType, @Nullable Route routeHint,
                              boolean anonymous, Complainant complainant, @Nullable Child child, String summary,
                              @Nullable String desiredOutcome, @Nullable Triage triage) {
        this(tenantId, complaintId, occurredAt, reference, channel, feedbackType, routeHint, anonymous, complainant,
                child, null, false, summary, desiredOutcome, triage);
    }

    /** Without triage: the shape before triage was added, kept for producers and tests written then. */
    public SubmissionReceived(String tenantId, UUID complaintId, Instant occurredAt, String reference,
                              ReceiptChannel channel, FeedbackType feedbackType, @Nullable Route routeHint,
                              boolean anonymous, Complainant complainant, @Nullable Child child, String summary,
                              @Nullable String desiredOutcome) {
        this(tenantId, complaintId, occurredAt, reference, channel, feedbackType, routeHint, anonymous, complainant,
                child, null, false, summary, desiredOutcome, null);
    }

    /**
     * @param accessibilityNeeds what the complainant needs to take part (large print, an interpreter, ...)
     * @param language           the language letters and meetings should use, a BCP 47 tag
     */
    public record Complainant(
            ComplainantRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String postalAddress,
            ContactPreference preferredContact,
            @Nullable String accessibilityNeeds,
            @Nullable String language) {

        /** Without accessibility needs or language: the shape before they were added. */
        public Complainant(ComplainantRole role, @Nullable String name, @Nullable String email,
                           @Nullable String postalAddress, ContactPreference preferredContact) {
            this(role, name, email, postalAddress, preferredContact, null, null);
        }
    }

    /** An advocate or representative the complainant named, who gets copies of letters. */
    public record Advocate(
            String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String telephone,
            @Nullable String postalAddress) {
    }

    public record Child(String name, @Nullable LocalDate dateOfBirth) {
    }

    /**
     * Suggestions for the complaints manager, never decisions.
     *
     * @param outOfTime                  received after the profile's time limit, counted from {@code timeLimit.countedFrom}
     * @param timeLimit                  how the limit was checked; null when the submitter gave no date
     * @param possibleExclusion          the submission points to one of the profile's exclusion grounds
     * @param exclusionGrounds           the profile's exclusion grounds that may apply
     * @param sufficientInterestToDecide the complainant is someone the procedure does not name (role OTHER)
     * @param advocacyToOffer            a child, a care leaver or a child in care, and the profile offers advocacy
     * @param advocacyProvider           the first advocacy service the profile names
     * @param suggestedRoute             statutory or corporate among the profile's routes; null if not a complaint
     * @param safeguardingReview         a safeguarding keyword was found: a person reviews it at once
     * @param safeguardingKeywords       the keywords found
     */
    public record Triage(
            boolean outOfTime,
            @Nullable TimeLimitCheck timeLimit,
            boolean possibleExclusion,
            List<String> exclusionGrounds,
            boolean sufficientInterestToDecide,
            boolean advocacyToOffer,
            @Nullable String advocacyProvider,
            @Nullable Route suggestedRoute,
            boolean safeguardingReview,
            List<String> safeguardingKeywords) {

        public Triage {
            exclusionGrounds = List.copyOf(exclusionGrounds);
            safeguardingKeywords = List.copyOf(safeguardingKeywords);
        }
    }

    /**
     * The components after {@code whatHappenedOn} that may be null came later; records written before lack them.
     *
     * @param whatHappenedOn  the latest event complained about
     * @param firstHappenedOn the earliest event complained about
     * @param becameAwareOn   when the complainant says they learnt of the events
     * @param countedFrom     the date the limit was counted from: the latest event, or awareness where the profile says
     * @param limitUnit       as the profile states it: CALENDAR_MONTHS, YEARS, WEEKS, CALENDAR_DAYS or WORKING_DAYS
     * @param lastDayInTime   the last London date on which the complaint was in time
     * @param daysLate        calendar days after {@code lastDayInTime}; 0 when in time
     * @param discretion      whether the profile lets a late complaint be accepted
     * @param lateAcceptance  for a complaint late counted from the events, the profile's circumstances that still admit it
     */
    public record TimeLimitCheck(
            LocalDate whatHappenedOn,
            @Nullable LocalDate firstHappenedOn,
            @Nullable LocalDate becameAwareOn,
            @Nullable LocalDate countedFrom,
            int limitAmount,
            String limitUnit,
            LocalDate lastDayInTime,
            LocalDate receivedOn,
            long daysLate,
            boolean discretion,
            @Nullable List<LateAcceptanceCheck> lateAcceptance) {

        public TimeLimitCheck {
            lateAcceptance = lateAcceptance == null ? List.of() : List.copyOf(lateAcceptance);
        }
    }

    /**
     * @param kind      CHILD_AT_THE_TIME, CHILD_UNABLE_TO_COMPLAIN_IN_TIME, UNAWARE_UNTIL_RECENTLY or NOT_REASONABLE_TO_COMPLAIN_SOONER
     * @param effect    ACCEPTED (however late), COUNTED_FROM_AWARENESS or CONSIDERED (weighed by the decision-maker)
     * @param indicated the submission's facts point to it; false where only a person can judge
     */
    public record LateAcceptanceCheck(String kind, String effect, String rule, boolean indicated) {
    }
}
