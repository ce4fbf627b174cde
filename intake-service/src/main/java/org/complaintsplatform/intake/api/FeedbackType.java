package org.complaintsplatform.intake.api;

/** The kind of representation; mirrors the contract's values (a test keeps them equal). */
public enum FeedbackType {
    COMPLAINT,
    COMPLIMENT,
    COMMENT,
    ENQUIRY,
    /** An enquiry made by an MP or councillor on a constituent's behalf. */
    MP_COUNCILLOR_ENQUIRY
}
