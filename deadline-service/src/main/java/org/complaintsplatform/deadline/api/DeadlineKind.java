package org.complaintsplatform.deadline.api;

/** Which clock a deadline belongs to. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT
}
