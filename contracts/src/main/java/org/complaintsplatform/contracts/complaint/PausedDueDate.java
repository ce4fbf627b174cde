package org.complaintsplatform.contracts.complaint;

/** A clock stopped by a suspension, with the working days it had left after the suspension day. */
public record PausedDueDate(DueDate dueDate, int workingDaysLeft) {
}
