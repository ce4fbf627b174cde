package org.complaintsplatform.deadline.command;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What happens when a deadline's timers fire; both must be no-ops for a deadline that moved on. Each answers
 * when its timer should fire again: a timer picked at the moment an event moved its deadline to a later date
 * is not replaced by that event (db-scheduler leaves a running execution alone), so the firing itself moves
 * the timer to the new date.
 */
public interface DeadlineDue {

    /** The due date is over: an open deadline is missed; one whose date has moved later fires again then. */
    Optional<Instant> fire(UUID deadlineId);

    /** The lead time is reached: an open deadline not yet over is approaching; a later lead time fires again then. */
    Optional<Instant> approach(UUID deadlineId);
}
