package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected date below was worked out by hand from the announced bank holidays. */
class WorkingDayCalendarTest {

    private static final Procedures PROCEDURES = Procedures.loadDefault(
            Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC));

    private static WorkingDayCalendar calendar(String division) {
        return PROCEDURES.calendar(Division.fromSlug(division));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3} ({4})")
    @CsvSource(quoteCharacter = '"', textBlock = """
            england-and-wales, 2025-12-24, 1,  2025-12-29, Christmas Day Thu and Boxing Day Fri 2025 then a weekend
            england-and-wales, 2025-12-24, 3,  2025-12-31, 29-31 December 2025 are working days
            england-and-wales, 2025-12-24, 4,  2026-01-02, New Year's Day Thu 1 January 2026 skipped
            england-and-wales, 2025-12-24, 5,  2026-01-05, across New Year 2026 and a weekend
            england-and-wales, 2025-12-19, 10, 2026-01-07, a 10-day Stage 1 across Christmas 2025
            scotland,          2025-12-31, 1,  2026-01-05, Scotland's 2 January 2026 is a Friday holiday
            england-and-wales, 2025-12-31, 1,  2026-01-02, 2 January is a working day in England
            england-and-wales, 2026-12-24, 1,  2026-12-29, Boxing Day Sat 2026 substitutes to Mon 28 December
            england-and-wales, 2026-12-24, 4,  2027-01-04, New Year's Day Fri 1 January 2027
            scotland,          2026-12-24, 4,  2027-01-05, Scotland's 2 January 2027 is Saturday: substitute Mon 4 January
            england-and-wales, 2027-12-24, 1,  2027-12-29, Christmas Sat and Boxing Day Sun 2027 substitute to 27 and 28 December
            england-and-wales, 2027-12-24, 3,  2027-12-31, 29-31 December 2027 are working days
            england-and-wales, 2027-12-24, 4,  2028-01-04, New Year's Day Sat 2028 projected to Mon 3 January
            scotland,          2027-12-24, 4,  2028-01-05, Scotland 2028 projected: 3 and 4 January substitutes
            england-and-wales, 2026-04-02, 1,  2026-04-07, Good Friday 3 and Easter Monday 6 April 2026
            scotland,          2026-04-02, 1,  2026-04-06, Easter Monday is not a Scottish bank holiday
            england-and-wales, 2027-03-25, 1,  2027-03-30, Good Friday 26 and Easter Monday 29 March 2027
            scotland,          2027-03-25, 1,  2027-03-29, Good Friday 2027 in Scotland
            northern-ireland,  2027-03-25, 1,  2027-03-30, Easter 2027 in Northern Ireland
            england-and-wales, 2026-05-01, 1,  2026-05-05, Early May bank holiday Mon 4 May 2026
            england-and-wales, 2026-05-22, 1,  2026-05-26, Spring bank holiday Mon 25 May 2026
            england-and-wales, 2026-08-28, 1,  2026-09-01, Summer bank holiday Mon 31 August 2026
            scotland,          2026-08-28, 1,  2026-08-31, Scotland's summer holiday is in early August
            scotland,          2026-07-31, 1,  2026-08-04, Scotland's summer bank holiday Mon 3 August 2026
            england-and-wales, 2026-07-31, 1,  2026-08-03, 3 August 2026 is a working day in England
            scotland,          2026-11-27, 1,  2026-12-01, St Andrew's Day Mon 30 November 2026
            england-and-wales, 2026-11-27, 1,  2026-11-30, St Andrew's Day is not an English holiday
            scotland,          2025-11-28, 1,  2025-12-02, St Andrew's Day Sun 2025 substitutes to Mon 1 December
            northern-ireland,  2026-03-16, 1,  2026-03-18, St Patrick's Day Tue 17 March 2026
            northern-ireland,  2026-07-10, 1,  2026-07-14, Battle of the Boyne Sun 2026 substitutes to Mon 13 July
            england-and-wales, 2026-06-05, 1,  2026-06-08, a Friday's next working day is Monday
            england-and-wales, 2026-06-06, 1,  2026-06-08, day zero on a Saturday: day 1 is Monday
            england-and-wales, 2026-06-06, 0,  2026-06-06, zero working days is day zero itself
            england-and-wales, 2026-04-07, -1, 2026-04-02, counting back skips Easter 2026
            """)
    void addingWorkingDaysSkipsWeekendsAndTheDivisionsBankHolidays(
            String division, LocalDate dayZero, int workingDays, LocalDate expected, String why) {
        assertThat(calendar(division).addWorkingDays(dayZero, workingDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} is a working day: {2} ({3})")
    @CsvSource(quoteCharacter = '"', textBlock = """
            england-and-wales, 2020-05-08, false, VE day moved the early May holiday to Friday 8 May 2020
            england-and-wales, 2020-05-04, true,  the usual early May Monday was a working day in 2020
            england-and-wales, 2022-06-02, false, spring bank holiday moved to Thursday 2 June 2022
            england-and-wales, 2022-06-03, false, Platinum Jubilee bank holiday
            england-and-wales, 2022-09-19, false, State Funeral of Queen Elizabeth II
            england-and-wales, 2023-05-08, false, coronation of King Charles III
            scotland,          2022-09-19, false, the State Funeral was a holiday in every division
            england-and-wales, 2026-12-28, false, Boxing Day 2026 substitute day
            england-and-wales, 2027-12-27, false, Christmas Day 2027 substitute day
            england-and-wales, 2027-12-28, false, Boxing Day 2027 substitute day
            england-and-wales, 2026-11-25, true,  an ordinary Wednesday
            england-and-wales, 2026-11-28, false, a Saturday
            england-and-wales, 2026-11-29, false, a Sunday
            """)
    void aWorkingDayIsAWeekdayThatIsNotABankHoliday(String division, LocalDate date, boolean working, String why) {
        assertThat(calendar(division).isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0}: from {1} to {2} = {3} working days")
    @CsvSource(quoteCharacter = '"', textBlock = """
            england-and-wales, 2025-12-24, 2026-01-05, 5
            england-and-wales, 2026-12-24, 2027-01-04, 4
            england-and-wales, 2026-04-02, 2026-04-07, 1
            england-and-wales, 2026-06-06, 2026-06-06, 0
            england-and-wales, 2026-06-06, 2026-06-07, 0
            england-and-wales, 2026-04-07, 2026-04-02, -1
            scotland,          2026-12-24, 2027-01-05, 4
            """)
    void countingWorkingDaysExcludesDayZeroAndIncludesTheDate(String division, LocalDate dayZero, LocalDate date, int expected) {
        assertThat(calendar(division).workingDaysBetween(dayZero, date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} from {0} is due {2}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            2025-12-23, 3, WORKING_DAYS,    2025-12-30
            2026-06-05, 2, CALENDAR_DAYS,   2026-06-07
            2026-12-31, 2, CALENDAR_MONTHS, 2027-02-28
            2026-02-28, 1, YEARS,           2027-02-28
            """)
    void aDueDateCountsTheTimescaleInItsOwnUnit(LocalDate dayZero, int amount, TimescaleUnit unit, LocalDate expected) {
        assertThat(calendar("england-and-wales").dueDate(dayZero, new Timescale(amount, unit))).isEqualTo(expected);
    }

    @Test
    void aTimescaleInHoursHasNoDueDate() {
        assertThatThrownBy(() -> calendar("england-and-wales").dueDate(LocalDate.of(2026, 6, 5), Timescale.hours(24)))
                .hasMessageContaining("24 hours runs from an instant");
    }

    @Test
    void datesBeyondTheHolidayFilesLastYearAreMarkedProjected() {
        WorkingDayCalendar calendar = calendar("england-and-wales");
        assertThat(calendar.lastYearInFile()).isEqualTo(2027);
        assertThat(calendar.usesProjectedHolidays(LocalDate.of(2027, 12, 24), LocalDate.of(2028, 1, 4))).isTrue();
        assertThat(calendar.usesProjectedHolidays(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).isFalse();
    }

    @Test
    void dayZeroIsTheLondonDateOfReceiptWhateverTheTime() {
        // 23:30 UTC on 23 November 2026 is still 23 November in London (GMT); 23:30 UTC on 1 July is 2 July (BST).
        assertThat(calendar("england-and-wales").dayZero(Instant.parse("2026-11-23T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar("england-and-wales").dayZero(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void todayComesFromTheInjectedClockInLondon() {
        assertThat(calendar("england-and-wales").today()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void hoursRunAsClockHoursThroughWeekendsAndHolidays() {
        // from 16:00 UTC on Christmas Eve 2026 (a Thursday), 24 hours end on Christmas Day
        assertThat(calendar("england-and-wales").dueAt(Instant.parse("2026-12-24T16:00:00Z"), Timescale.hours(24)))
                .isEqualTo(Instant.parse("2026-12-25T16:00:00Z"));
    }

    @Test
    void aTimescaleInDaysRunsOutAtTheEndOfItsDueDateInLondon() {
        // received Mon 23 Nov 2026, 3 working days: due Thu 26 Nov, so it runs out at midnight GMT
        assertThat(calendar("england-and-wales").dueAt(Instant.parse("2026-11-23T10:00:00Z"), Timescale.workingDays(3)))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        // received Wed 1 Jul 2026, 1 working day: due Thu 2 Jul, midnight BST is 23:00 UTC
        assertThat(calendar("england-and-wales").dueAt(Instant.parse("2026-07-01T10:00:00Z"), Timescale.workingDays(1)))
                .isEqualTo(Instant.parse("2026-07-02T23:00:00Z"));
    }
}
