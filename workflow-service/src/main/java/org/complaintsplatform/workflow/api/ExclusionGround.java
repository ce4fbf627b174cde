package org.complaintsplatform.workflow.api;

/** Matters a procedure does not consider; the profile lists the grounds it recognises. */
public enum ExclusionGround {
    LEGAL_PROCEEDINGS,
    TRIBUNAL,
    DISCIPLINARY_PROCEEDINGS,
    CRIMINAL_PROCEEDINGS,
    /** Already considered at every stage of this or an earlier procedure, or by the Ombudsman. */
    ALREADY_CONSIDERED,
    /** Raised and answered more than 12 months before. */
    ANSWERED_OVER_12_MONTHS_AGO,
    WITHDRAWN,
    /** Better handled under the corporate procedure than the statutory one. */
    CORPORATE_ROUTE_MORE_SUITABLE,
    CHILD_PROTECTION_CONFERENCE,
    /** Only financial compensation is sought, or an insurance claim is involved. */
    COMPENSATION_CLAIM,
    /** Entirely about another agency, independent provider or school. */
    OTHER_AGENCY,
    /** A matter with a formal right of appeal through an independent review. */
    FORMAL_RIGHT_OF_APPEAL
}
