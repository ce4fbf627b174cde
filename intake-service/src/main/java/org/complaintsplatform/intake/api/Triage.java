package org.complaintsplatform.intake.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Suggestions computed at intake from the tenant's procedure profile, for the complaints manager to
 * confirm: intake decides nothing, workflow-service and people do.
 *
 * @param outOfTime                  the complaint came after the profile's time limit, counted from {@code timeLimit.countedFrom}
 * @param timeLimit                  how the time limit was checked; null when the submission gave no date of the events
 * @param possibleExclusion          the submission's circumstances point to one of the profile's exclusion grounds
 * @param exclusionGrounds           the profile's grounds that may apply (e.g. {@code LEGAL_PROCEEDINGS}), in the profile's order
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
     * @param whatHappenedOn  the latest event complained about
     * @param firstHappenedOn the earliest event complained about; the same as {@code whatHappenedOn} for one event
     * @param becameAwareOn   when the complainant says they learnt of the events, if given
     * @param countedFrom     {@code whatHappenedOn}, or {@code becameAwareOn} when it is later and the profile
     *                        counts from awareness ({@link LateAcceptanceCheck} effect {@code COUNTED_FROM_AWARENESS})
     * @param limitAmount     the profile's time limit, e.g. 12
     * @param limitUnit       its unit as the profile states it, e.g. {@code CALENDAR_MONTHS}
     * @param lastDayInTime   the last London date on which the complaint was in time, counted from {@code countedFrom}
     * @param receivedOn      the London date of receipt
     * @param daysLate        calendar days after {@code lastDayInTime}; 0 when in time
     * @param discretion      whether the profile lets a late complaint be accepted
     * @param lateAcceptance  when the complaint is late counted from the events: each of the profile's circumstances
     *                        that still admit it; empty when it is in time so counted
     */
    public record TimeLimitCheck(
            LocalDate whatHappenedOn,
            LocalDate firstHappenedOn,
            @Nullable LocalDate becameAwareOn,
            LocalDate countedFrom,
            int limitAmount,
            String limitUnit,
            LocalDate lastDayInTime,
            LocalDate receivedOn,
            long daysLate,
            boolean discretion,
            List<LateAcceptanceCheck> lateAcceptance) {

        public TimeLimitCheck {
            Objects.requireNonNull(whatHappenedOn, "whatHappenedOn");
            Objects.requireNonNull(firstHappenedOn, "firstHappenedOn");
            Objects.requireNonNull(countedFrom, "countedFrom");
            Objects.requireNonNull(limitUnit, "limitUnit");
            Objects.requireNonNull(lastDayInTime, "lastDayInTime");
            Objects.requireNonNull(receivedOn, "receivedOn");
            lateAcceptance = List.copyOf(lateAcceptance);
        }
    }

    /**
     * One of the profile's circumstances in which a late complaint is still accepted or considered.
     *
     * @param kind      e.g. {@code CHILD_AT_THE_TIME}, as the profile names it
     * @param effect    {@code ACCEPTED} however late, {@code COUNTED_FROM_AWARENESS}, or {@code CONSIDERED} by the decision-maker
     * @param rule      the profile's wording
     * @param indicated the submission's facts point to it (the complainant's date of birth against the events, a
     *                  later awareness date); false where only a person can judge
     */
    public record LateAcceptanceCheck(String kind, String effect, String rule, boolean indicated) {

        public LateAcceptanceCheck {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
