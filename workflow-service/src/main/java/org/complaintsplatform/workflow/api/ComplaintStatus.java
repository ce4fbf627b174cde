package org.complaintsplatform.workflow.api;

/** Where a complaint stands. */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED
}
