package org.complaintsplatform.intake.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Suggestions computed at intake from the tenant's procedure profile, for the complaints manager to
 * confirm: intake decides nothing, workflow-service and people do.
 *
 * @param outOfTime                  the complaint came after the profile's time limit, counted from {@code whatHappenedOn}
 * @param timeLimit                  how the time limit was checked; null when the submission gave no {@code whatHappenedOn}
 * @param possibleExclusion          legal proceedings were indicated and the profile excludes such matters
 * @param exclusionGrounds           the profile's grounds that may apply (e.g. {@code LEGAL_PROCEEDINGS})
 * @param sufficientInterestToDecide the complainant's role is {@code OTHER}: someone must decide whether they may complain
 * @param advocacyToOffer            a child, a care leaver or a child in care, and the profile offers advocacy
 * @param advocacyProvider           the first advocacy service the profile names, if any
 * @param suggestedRoute             statutory or corporate, among the profile's routes; null for anything but a complaint
 * @param safeguardingReview         the text contains a safeguarding keyword: a person reviews it at once
 * @param safeguardingKeywords       the configured keywords found, in configuration order
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

    /**
     * @param limitAmount   the profile's time limit, e.g. 12
     * @param limitUnit     its unit as the profile states it, e.g. {@code CALENDAR_MONTHS}
     * @param lastDayInTime the last London date on which the complaint was in time
     * @param receivedOn    the London date of receipt
     * @param daysLate      calendar days after {@code lastDayInTime}; 0 when in time
     * @param discretion    whether the profile lets a late complaint be accepted
     */
    public record TimeLimitCheck(
            LocalDate whatHappenedOn,
            int limitAmount,
            String limitUnit,
            LocalDate lastDayInTime,
            LocalDate receivedOn,
            long daysLate,
            boolean discretion) {

        public TimeLimitCheck {
            Objects.requireNonNull(whatHappenedOn, "whatHappenedOn");
            Objects.requireNonNull(limitUnit, "limitUnit");
            Objects.requireNonNull(lastDayInTime, "lastDayInTime");
            Objects.requireNonNull(receivedOn, "receivedOn");
        }
    }
}
