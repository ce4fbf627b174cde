package org.complaintsplatform.procedures;

/** Processes that may put a complaint on hold. */
public enum SuspensionGround {
    COURT_PROCEEDINGS,
    TRIBUNAL,
    CHILD_PROTECTION_ENQUIRY,
    DISCIPLINARY_PROCEDURE,
    HARASSMENT_PROCEDURE,
    POLICE_INVESTIGATION
}
