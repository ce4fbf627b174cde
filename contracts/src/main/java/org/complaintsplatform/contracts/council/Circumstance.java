package org.complaintsplatform.contracts.council;

/** What a submitter says about the matter that may put it outside the procedure. */
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
