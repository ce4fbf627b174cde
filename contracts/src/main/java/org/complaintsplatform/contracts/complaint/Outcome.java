package org.complaintsplatform.contracts.complaint;

/** The outcome for one point of complaint. */
public enum Outcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD
}
