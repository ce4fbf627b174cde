package org.complaintsplatform.intake.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The rules on a submission's dates that neither bean validation nor a JSON Schema can state, shared by the
 * portals' REST API and the councils' inbound topic: nothing in the future (London date), and no awareness of
 * events before the first of them took place.
 */
public final class SubmissionDates {

    /** @param field the JSON path of the date, e.g. {@code incidentDates[1]} */
    public record Problem(String field, String message) {
    }

    private static final String FUTURE = "must not be in the future";

    private SubmissionDates() {
    }

    /**
     * @param whatHappenedOn the date of the one event complained about, or null
     * @param incidentDates  the dates of several events, or empty (callers reject both at once)
     */
    public static List<Problem> check(@Nullable LocalDate whatHappenedOn, List<LocalDate> incidentDates,
                                      @Nullable LocalDate becameAwareOn, @Nullable LocalDate previouslyAnsweredOn,
                                      @Nullable LocalDate childDateOfBirth, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (whatHappenedOn != null && whatHappenedOn.isAfter(today)) {
            problems.add(new Problem("whatHappenedOn", FUTURE));
        }
        for (int i = 0; i < incidentDates.size(); i++) {
            if (incidentDates.get(i).isAfter(today)) {
                problems.add(new Problem("incidentDates[" + i + "]", FUTURE));
            }
        }
        @Nullable LocalDate first = Stream.concat(Stream.ofNullable(whatHappenedOn), incidentDates.stream())
                .min(LocalDate::compareTo).orElse(null);
        if (becameAwareOn != null && becameAwareOn.isAfter(today)) {
            problems.add(new Problem("becameAwareOn", FUTURE));
        }
        if (becameAwareOn != null && first != null && becameAwareOn.isBefore(first)) {
            problems.add(new Problem("becameAwareOn", "must not be before the first event complained about"));
        }
        if (previouslyAnsweredOn != null && previouslyAnsweredOn.isAfter(today)) {
            problems.add(new Problem("previouslyAnsweredOn", FUTURE));
        }
        if (childDateOfBirth != null && childDateOfBirth.isAfter(today)) {
            problems.add(new Problem("child.dateOfBirth", FUTURE));
        }
        return problems;
    }
}
