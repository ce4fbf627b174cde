package org.complaintsplatform.workflow.api;

/** The outcome for one point of complaint. */
public enum Outcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD
}
