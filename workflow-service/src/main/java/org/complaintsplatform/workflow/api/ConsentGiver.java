package org.complaintsplatform.workflow.api;

/** Whose consent lets a complainant without parental responsibility be told the detail. */
public enum ConsentGiver {
    PERSON_WITH_PARENTAL_RESPONSIBILITY,
    /** The child or young person, where of an age and understanding to give it. */
    CHILD
}
