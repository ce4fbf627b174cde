package org.complaintsplatform.deadline.api;

/**
 * OPEN until the awaited step happens (MET) or the due date passes without it (MISSED). A MISSED
 * deadline still becomes MET when the step happens late: {@code metOn > dueOn} then says it was late.
 */
public enum DeadlineStatus {
    OPEN,
    MET,
    MISSED
}
