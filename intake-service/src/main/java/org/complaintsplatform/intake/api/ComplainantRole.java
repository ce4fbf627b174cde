package org.complaintsplatform.intake.api;

/** Who is complaining, in relation to the child. */
public enum ComplainantRole {
    CHILD,
    PARENT,
    PARENTAL_RESPONSIBILITY,
    FOSTER_CARER,
    SPECIAL_GUARDIAN,
    CARE_LEAVER,
    ADVOCATE,
    /** Anyone else; the complaints manager decides whether they have sufficient interest. */
    OTHER
}
