package org.complaintsplatform.procedures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clock stopped by a suspension; see {@link WorkingDayCalendar#pause} for the convention.
 *
 * @param dueDate          the due date when it was paused
 * @param suspendedOn      the day of the suspension, which counted as used
 * @param workingDaysLeft  working days after the suspension day up to the due date; zero or less if it was already due
 */
public record PausedClock(LocalDate dueDate, LocalDate suspendedOn, int workingDaysLeft) {

    public PausedClock {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(suspendedOn, "suspendedOn");
    }
}
