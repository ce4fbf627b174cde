package org.complaintsplatform.workflow.api;

/** Who complains, in relation to the child. Kept apart from the public contract so the two can change independently. */
public enum ComplainantRole {
    CHILD,
    PARENT,
    PARENTAL_RESPONSIBILITY,
    FOSTER_CARER,
    SPECIAL_GUARDIAN,
    CARE_LEAVER,
    ADVOCATE,
    OTHER
}
