package org.complaintsplatform.deadline.command;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTimerTest {

    @ParameterizedTest(name = "due {0} fires at {1}")
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
    void aDeadlineFiresAtTheStartOfTheLondonDayAfterItsDueDate(LocalDate dueOn, Instant expected) {
        assertThat(DeadlineTimer.firesAt(dueOn)).isEqualTo(expected);
    }
}
