package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pause and resume (ADR 0009): the suspension day counts as used, the resume day is the new day zero. The
 * clock below started Mon 23 Nov 2026 with 10 working days, so it is due Mon 7 Dec 2026.
 */
class ClockPauseTest {

    private static final WorkingDayCalendar ENGLAND = Procedures.loadDefault().calendar(Division.ENGLAND_AND_WALES);
    private static final LocalDate DUE = date(2026, 12, 7);

    @Test
    void theSuspensionDayCountsAsUsed() {
        // suspended Wed 25 Nov: left are Thu 26, Fri 27, Mon 30, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7
        assertThat(ENGLAND.pause(DUE, date(2026, 11, 25)).workingDaysLeft()).isEqualTo(8);
    }

    @ParameterizedTest(name = "suspended {0}, resumed {1}: due {2} ({3})")
    @CsvSource(quoteCharacter = '"', textBlock = """
            2026-11-25, 2026-11-25, 2026-12-07, resumed the same day: nothing changes
            2026-11-25, 2026-11-27, 2026-12-09, two working days on hold (Thu 26 and Fri 27) move it two working days
            2026-11-25, 2026-12-14, 2026-12-24, resumed Mon 14 Dec: 8 working days from then
            2026-11-25, 2026-12-18, 2027-01-04, resumed Fri 18 Dec: the 8 days run across Christmas and New Year
            2026-11-28, 2026-11-28, 2026-12-07, suspended and resumed on a Saturday: nothing changes
            2026-11-28, 2026-11-30, 2026-12-08, suspended Sat and resumed Mon: Monday was on hold
            """)
    void aResumedClockCountsTheWorkingDaysItHadLeftFromTheDayAfterItResumes(
            LocalDate suspendedOn, LocalDate resumedOn, LocalDate expected, String why) {
        assertThat(ENGLAND.resume(ENGLAND.pause(DUE, suspendedOn), resumedOn)).isEqualTo(expected);
    }

    @Test
    void aClockSuspendedOnItsDueDateStaysDueThen() {
        PausedClock paused = ENGLAND.pause(DUE, DUE);
        assertThat(paused.workingDaysLeft()).isZero();
        assertThat(ENGLAND.resume(paused, date(2027, 1, 11))).isEqualTo(DUE);
    }

    @Test
    void aSuspensionDoesNotReviveAMissedDeadline() {
        PausedClock paused = ENGLAND.pause(DUE, date(2026, 12, 10));
        assertThat(paused.workingDaysLeft()).isNegative();
        assertThat(ENGLAND.resume(paused, date(2027, 1, 11))).isEqualTo(DUE);
    }

    @Test
    void aClockCannotResumeBeforeItWasSuspended() {
        PausedClock paused = ENGLAND.pause(DUE, date(2026, 11, 25));
        assertThatThrownBy(() -> ENGLAND.resume(paused, date(2026, 11, 24)))
                .hasMessageContaining("suspended on 2026-11-25 cannot resume on 2026-11-24");
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
