package org.complaintsplatform.intake.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A representation as submitted, already validated; optional text is absent rather than blank.
 *
 * @param advocate             an advocate or representative the complainant names, who gets copies of letters
 * @param consentToShare       the complainant agrees the complaint's details may be shared as needed to deal with it
 * @param incidentDates        the dates of the events complained about, ascending, without repeats; empty when none given
 * @param becameAwareOn        when the complainant says they learnt of the events
 * @param circumstances        what the submitter says may put the matter outside the procedure, in declaration order
 * @param previouslyAnsweredOn when an earlier complaint about the same matter was answered
 */
public record Representation(
        FeedbackType feedbackType,
        @Nullable Route routeHint,
        ReceiptChannel channel,
        boolean anonymous,
        Complainant complainant,
        @Nullable Child child,
        @Nullable Advocate advocate,
        boolean consentToShare,
        String summary,
        @Nullable String desiredOutcome,
        List<LocalDate> incidentDates,
        @Nullable LocalDate becameAwareOn,
        List<Circumstance> circumstances,
        @Nullable LocalDate previouslyAnsweredOn) {

    public Representation {
        incidentDates = incidentDates.stream().distinct().sorted().toList();
        circumstances = circumstances.stream().distinct().sorted().toList();
    }

    /** The dates of a submission that gives one date, several, or none (never both: callers check). */
    public static List<LocalDate> incidentDates(@Nullable LocalDate one, @Nullable Collection<LocalDate> several) {
        return Stream.concat(Stream.ofNullable(one), several == null ? Stream.empty() : several.stream()).toList();
    }

    /** The latest event complained about: the time limit counts from it. */
    public @Nullable LocalDate whatHappenedOn() {
        return incidentDates.isEmpty() ? null : incidentDates.getLast();
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
    }

    public record Advocate(
            String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String telephone,
            @Nullable String postalAddress) {
    }

    /** @param inCare the child is looked after by the local authority (a child in care) */
    public record Child(String name, @Nullable LocalDate dateOfBirth, boolean inCare) {
    }
}
