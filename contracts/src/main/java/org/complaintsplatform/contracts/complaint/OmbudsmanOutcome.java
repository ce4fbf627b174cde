package org.complaintsplatform.contracts.complaint;

/** What the Ombudsman decided on a complaint referred to it, in the categories the LGSCO reports. */
public enum OmbudsmanOutcome {
    /** Fault found. */
    UPHELD,
    /** Investigated, no fault found. */
    NOT_UPHELD,
    /** Not investigated after initial enquiries. */
    CLOSED_AFTER_INITIAL_ENQUIRIES,
    /** Premature: sent back for the organisation's own procedure to finish. */
    REFERRED_BACK_FOR_LOCAL_RESOLUTION
}
