package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Adding and counting working days are inverse operations, in every division, inside and beyond the holiday file. */
class WorkingDayCalendarPropertiesTest {

    private static final Procedures PROCEDURES = Procedures.loadDefault();

    @Provide
    Arbitrary<LocalDate> dates() {
        LocalDate first = LocalDate.of(2018, 1, 1);
        return Arbitraries.integers().between(0, 365 * 14).map(first::plusDays);
    }

    @Property
    void countingTheDaysAddedGivesBackTheCount(
            @ForAll Division division, @ForAll("dates") LocalDate dayZero, @ForAll @IntRange(min = -300, max = 300) int workingDays) {
        WorkingDayCalendar calendar = PROCEDURES.calendar(division);
        assertThat(calendar.workingDaysBetween(dayZero, calendar.addWorkingDays(dayZero, workingDays))).isEqualTo(workingDays);
    }

    @Property
    void addingTheCountToAWorkingDayGivesBackThatDay(
            @ForAll Division division, @ForAll("dates") LocalDate dayZero, @ForAll("dates") LocalDate date) {
        WorkingDayCalendar calendar = PROCEDURES.calendar(division);
        if (calendar.isWorkingDay(date)) {
            assertThat(calendar.addWorkingDays(dayZero, calendar.workingDaysBetween(dayZero, date))).isEqualTo(date);
        }
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDay(
            @ForAll Division division, @ForAll("dates") LocalDate dayZero, @ForAll @IntRange(min = 1, max = 300) int workingDays) {
        WorkingDayCalendar calendar = PROCEDURES.calendar(division);
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(dayZero, workingDays))).isTrue();
    }

    @Property
    void countsAddUpOverConsecutivePeriods(
            @ForAll Division division, @ForAll("dates") LocalDate dayZero,
            @ForAll @IntRange(min = 0, max = 400) int firstDays, @ForAll @IntRange(min = 0, max = 400) int secondDays) {
        WorkingDayCalendar calendar = PROCEDURES.calendar(division);
        LocalDate middle = dayZero.plusDays(firstDays);
        LocalDate end = middle.plusDays(secondDays);
        assertThat(calendar.workingDaysBetween(dayZero, middle) + calendar.workingDaysBetween(middle, end))
                .isEqualTo(calendar.workingDaysBetween(dayZero, end));
    }

    /** A pause from s to r moves a due date (always a working day) by the working days in (s, r], whenever the clock still had days left. */
    @Property
    void pausingMovesTheDueDateByTheWorkingDaysOnHold(
            @ForAll Division division, @ForAll("dates") LocalDate dueDate,
            @ForAll @IntRange(min = 1, max = 200) int daysBeforeDue, @ForAll @IntRange(min = 0, max = 200) int daysOnHold) {
        WorkingDayCalendar calendar = PROCEDURES.calendar(division);
        Assume.that(calendar.isWorkingDay(dueDate));
        LocalDate suspendedOn = dueDate.minusDays(daysBeforeDue);
        LocalDate resumedOn = suspendedOn.plusDays(daysOnHold);
        PausedClock paused = calendar.pause(dueDate, suspendedOn);
        Assume.that(paused.workingDaysLeft() > 0);
        assertThat(calendar.resume(paused, resumedOn))
                .isEqualTo(calendar.addWorkingDays(dueDate, calendar.workingDaysBetween(suspendedOn, resumedOn)));
    }
}
