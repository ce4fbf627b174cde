package org.complaintsplatform.intake.api;

/**
 * What a submitter says about the matter that may put it outside the procedure. Triage turns each into the
 * exclusion ground it points to, where the tenant's profile lists that ground.
 */
public enum Circumstance {
    LEGAL_PROCEEDINGS,
    TRIBUNAL,
    DISCIPLINARY_PROCEEDINGS,
    CRIMINAL_INVESTIGATION,
    CHILD_PROTECTION_CONFERENCE,
    /** Only financial compensation is sought. */
    COMPENSATION_ONLY,
    /** The matter is entirely about another agency, independent provider or school. */
    ABOUT_ANOTHER_ORGANISATION,
    /** The decision complained about has a formal right of appeal through an independent review. */
    RIGHT_OF_APPEAL,
    /** The matter has been through every stage of this or an earlier complaints procedure. */
    CONSIDERED_AT_EVERY_STAGE,
    CONSIDERED_BY_OMBUDSMAN
}
