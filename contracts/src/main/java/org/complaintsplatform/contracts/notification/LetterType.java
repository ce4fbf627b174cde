package org.complaintsplatform.contracts.notification;

/** The letters of the procedure, one per kind of step that must be written to the complainant. */
public enum LetterType {
    /** The representation was received; with the Stage 1 response date where there is one. */
    ACKNOWLEDGEMENT,
    /** A stage's response date moved: the new date. */
    EXTENSION_NOTICE,
    /** Covers a stage's response, with how and by when to ask for the next stage. */
    STAGE_RESPONSE,
    /** The complaint moved to the next stage: that stage's response date. */
    ESCALATION_CONFIRMATION,
    /** The manager's decision on a request for the next stage made after its window closed. */
    LATE_REQUEST_DECISION,
    /** The complaint is on hold. */
    SUSPENSION_NOTICE,
    /** The complaint is off hold: the new dates. */
    RESUMPTION_NOTICE,
    /** The complainant withdrew the complaint. */
    WITHDRAWAL_CONFIRMATION,
    /** The complaint closed: findings and where to go next (the Ombudsman or the body the profile names). */
    CLOSURE,
    /** The investigation of the stage works to a written statement of complaint: an invitation to agree it. */
    STATEMENT_INVITATION,
    /** An Investigating Officer or Independent Person was appointed: their role, never their name. */
    INVESTIGATOR_APPOINTMENT_NOTICE,
    /** A review panel was convened: its members by role and the right to attend with a representative. */
    PANEL_INVITATION,
    /** The panel's findings were received: them, and the date of the organisation's response. */
    PANEL_FINDINGS_COVER,
    /** To the organisation's complaints team: a clock is due soon (DeadlineApproaching). */
    STAFF_DEADLINE_APPROACHING,
    /** To the organisation's complaints team: a clock passed its due date (DeadlineMissed). */
    STAFF_DEADLINE_MISSED,
    /** A late complaint accepted or refused (TimeLimitDecided), or the complaint or part of it excluded (ComplaintExcluded), with the grounds. */
    ELIGIBILITY_DECISION
}
