package org.complaintsplatform.contracts;

/** The kind of representation: only complaints go through stages; the others have their own simpler track. */
public enum FeedbackType {
    COMPLAINT,
    COMPLIMENT,
    COMMENT,
    ENQUIRY,
    /** An enquiry made by an MP or councillor on a constituent's behalf. */
    MP_COUNCILLOR_ENQUIRY
}
