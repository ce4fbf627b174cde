package org.complaintsplatform.deadline.command;

import java.util.UUID;

/** What happens when a deadline's timers fire; both must be no-ops for a deadline that moved on. */
public interface DeadlineDue {

    /** The due date is over: an open deadline is missed. */
    void fire(UUID deadlineId);

    /** The lead time is reached: an open deadline not yet over is approaching. */
    void approach(UUID deadlineId);
}
