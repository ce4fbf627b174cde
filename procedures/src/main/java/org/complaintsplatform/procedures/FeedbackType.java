package org.complaintsplatform.procedures;

/** The kinds of representation an organisation accepts. */
public enum FeedbackType {
    COMPLAINT,
    COMPLIMENT,
    COMMENT,
    ENQUIRY,
    /** An enquiry made by an MP or councillor on a constituent's behalf; answered on its own timescale. */
    MP_COUNCILLOR_ENQUIRY
}
