package org.complaintsplatform.deadline.api;

/**
 * OPEN until the awaited step happens (MET) or the due date passes without it (MISSED); PAUSED while
 * the complaint is suspended; CANCELLED when its stage ended or the complaint was withdrawn or closed. A
 * MISSED deadline still becomes MET when the step is consumed later: {@code metOn > dueOn} says it was
 * late, {@code metOn <= dueOn} that the miss was wrong (the step was on time but consumed after the timer fired).
 */
public enum DeadlineStatus {
    OPEN,
    PAUSED,
    MET,
    MISSED,
    CANCELLED;

    /** A clock that has not finished: it can still be paused, resumed, met or cancelled. */
    public boolean running() {
        return this == OPEN || this == PAUSED;
    }
}
