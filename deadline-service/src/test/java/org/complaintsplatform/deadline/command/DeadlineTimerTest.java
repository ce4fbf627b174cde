package org.complaintsplatform.deadline.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTimerTest {

    @ParameterizedTest(name = "due {0} is over at {1}")
    @CsvSource({
            // winter: London is UTC
            "2026-12-29, 2026-12-30T00:00:00Z",
            // summer: London is UTC+1, so its midnight is 23:00 UTC the evening before
            "2026-06-15, 2026-06-15T23:00:00Z",
            // the day after is the first day of British Summer Time (29 March 2026)
            "2026-03-28, 2026-03-29T00:00:00Z",
            // the day after is the last day of British Summer Time (25 October 2026), which starts at 00:00 BST
            "2026-10-24, 2026-10-24T23:00:00Z",
            "2026-12-31, 2027-01-01T00:00:00Z"
    })
    void aDueDateIsOverAtTheStartOfTheLondonDayAfterIt(LocalDate dueOn, Instant expected) {
        assertThat(DeadlineTimer.overAt(dueOn)).isEqualTo(expected);
    }

    @Test
    void aDeadlineIsMissedTheGracePeriodAfterItsDueDateIsOver() {
        DeadlineTimer timer = new DeadlineTimer(NO_SCHEDULER, 2, Duration.ofMinutes(15));

        assertThat(timer.missesAt(LocalDate.of(2026, 12, 29))).isEqualTo(Instant.parse("2026-12-30T00:15:00Z"));
        assertThat(timer.missesAt(LocalDate.of(2026, 6, 15))).isEqualTo(Instant.parse("2026-06-15T23:15:00Z"));
    }

    @Test
    void aGracePeriodIsNeitherNegativeNorLongerThanSixHours() {
        assertThatThrownBy(() -> new DeadlineTimer(NO_SCHEDULER, 2, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineTimer(NO_SCHEDULER, 2, Duration.ofHours(6).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** These tests compute instants only; nothing is scheduled. */
    private static final SchedulerClient NO_SCHEDULER = null;
}
