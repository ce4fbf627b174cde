package org.complaintsplatform.procedures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The window for requesting a stage after the previous one.
 *
 * @param limits  empty where the seed states no window
 * @param form    how the request must be made, where the seed says (e.g. "in writing, with reasons")
 */
public record RequestWindow(
        List<Deadline> limits,
        WindowCombination combination,
        Lapse lapse,
        @Nullable String form,
        @Nullable String note) {

    public RequestWindow {
        limits = List.copyOf(limits);
        Objects.requireNonNull(combination, "combination");
        Objects.requireNonNull(lapse, "lapse");
    }

    /**
     * The last day a request is in time, given the day zero of each event that has happened. A limit whose
     * event has not happened (e.g. no adjudication meeting) or whose timescale is not stated is left out;
     * empty if no limit applies.
     */
    public Optional<LocalDate> closesOn(Map<ClockStart, LocalDate> dayZeros, WorkingDayCalendar calendar) {
        Stream<LocalDate> closing = limits.stream()
                .filter(limit -> limit.timescale() != null && dayZeros.containsKey(limit.from()))
                .map(limit -> calendar.dueDate(dayZeros.get(limit.from()), Objects.requireNonNull(limit.timescale())));
        return combination == WindowCombination.LATEST
                ? closing.max(Comparator.naturalOrder())
                : closing.min(Comparator.naturalOrder());
    }
}
