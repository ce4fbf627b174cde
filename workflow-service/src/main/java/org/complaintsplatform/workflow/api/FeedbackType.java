package org.complaintsplatform.workflow.api;

/** The kind of representation; only complaints go through stages. Kept apart from the public contract so the two can change independently. */
public enum FeedbackType {
    COMPLAINT,
    COMPLIMENT,
    COMMENT,
    ENQUIRY,
    MP_COUNCILLOR_ENQUIRY
}
