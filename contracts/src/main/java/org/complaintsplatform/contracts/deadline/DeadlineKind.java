package org.complaintsplatform.contracts.deadline;

/** Which clock a deadline belongs to. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT
}
