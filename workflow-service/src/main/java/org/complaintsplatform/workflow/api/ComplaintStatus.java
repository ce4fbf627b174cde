package org.complaintsplatform.workflow.api;

/** Where a complaint stands. */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    /** The current stage's response was sent; the complainant may ask for the next stage. */
    RESPONDED,
    /** A request for the next stage came after its window; the complaints manager decides. */
    LATE_REQUEST_PENDING,
    /** Being worked on at its stage again: escalated to it, or taken off hold. */
    IN_PROGRESS,
    SUSPENDED,
    WITHDRAWN,
    CLOSED
}
