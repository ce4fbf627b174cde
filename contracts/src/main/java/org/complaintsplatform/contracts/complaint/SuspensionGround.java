package org.complaintsplatform.contracts.complaint;

/** Why a complaint was put on hold. */
public enum SuspensionGround {
    COURT_PROCEEDINGS,
    TRIBUNAL,
    CHILD_PROTECTION_ENQUIRY,
    DISCIPLINARY_PROCEDURE,
    HARASSMENT_PROCEDURE,
    POLICE_INVESTIGATION
}
