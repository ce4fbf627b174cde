package org.complaintsplatform.contracts.complaint;

/** Matters a procedure does not consider, as the procedure profiles name them. */
public enum ExclusionGround {
    LEGAL_PROCEEDINGS,
    TRIBUNAL,
    DISCIPLINARY_PROCEEDINGS,
    CRIMINAL_PROCEEDINGS,
    ALREADY_CONSIDERED,
    ANSWERED_OVER_12_MONTHS_AGO,
    WITHDRAWN,
    CORPORATE_ROUTE_MORE_SUITABLE,
    CHILD_PROTECTION_CONFERENCE,
    COMPENSATION_CLAIM,
    OTHER_AGENCY,
    FORMAL_RIGHT_OF_APPEAL
}
