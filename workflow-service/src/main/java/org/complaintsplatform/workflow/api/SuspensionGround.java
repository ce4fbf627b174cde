package org.complaintsplatform.workflow.api;

/** Why a complaint is put on hold; the profile says which grounds it recognises. */
public enum SuspensionGround {
    COURT_PROCEEDINGS,
    TRIBUNAL,
    CHILD_PROTECTION_ENQUIRY,
    DISCIPLINARY_PROCEDURE,
    HARASSMENT_PROCEDURE,
    POLICE_INVESTIGATION
}
