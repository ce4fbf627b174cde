package org.complaintsplatform.procedures;

/** Who may make a complaint. */
public enum ComplainantRole {
    CHILD,
    PARENT,
    PERSON_WITH_PARENTAL_RESPONSIBILITY,
    FOSTER_CARER,
    CARE_LEAVER,
    SPECIAL_GUARDIAN,
    SPECIAL_GUARDIANSHIP_ASSESSMENT_APPLICANT,
    /** Someone acting for a person who may complain: advocate, relative, friend or other representative. */
    REPRESENTATIVE,
    /** Anyone the complaints manager decides has sufficient interest in the child's welfare. */
    PERSON_WITH_SUFFICIENT_INTEREST,
    /** Anyone who has received, or sought, a service. */
    SERVICE_USER
}
