package org.complaintsplatform.contracts;

/** Who is complaining, in relation to the child; decides who may complain and what they may be told. */
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
