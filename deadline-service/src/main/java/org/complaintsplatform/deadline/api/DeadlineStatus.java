package org.complaintsplatform.deadline.api;

/**
 * OPEN until the awaited step happens (MET) or the due date passes without it (MISSED). A MISSED
 * deadline still becomes MET when the step is consumed later: {@code metOn > dueOn} says it was late,
 * {@code metOn <= dueOn} that the miss was wrong (the step was on time but consumed after the timer fired).
 */
public enum DeadlineStatus {
    OPEN,
    MET,
    MISSED
}
