package org.complaintsplatform.deadline.command;

import java.util.UUID;

/** What happens when a deadline's timer fires; must be a no-op for a deadline that is no longer open. */
public interface DeadlineDue {

    void fire(UUID deadlineId);
}
