package org.complaintsplatform.procedures;

/** The event a timescale's clock counts from; that event's date (Europe/London) is day zero. */
public enum ClockStart {
    /** The complaint was received (by the complaints team, where the seed says so). */
    RECEIPT,
    /** An advocate was appointed, where a delay in appointing one holds the clock back. */
    ADVOCATE_APPOINTED,
    /** The complaints manager decided the complainant has sufficient interest. */
    SUFFICIENT_INTEREST_DECIDED,
    /** The request for this stage was received. */
    REQUEST_RECEIVED,
    /** The request for this stage was received and accepted (agreement to go to the stage). */
    REQUEST_ACCEPTED,
    /** The written statement of complaint was agreed (signed, where the seed asks for a signature). */
    STATEMENT_AGREED,
    /** The previous stage's response was sent (issued). */
    PREVIOUS_RESPONSE_SENT,
    /** The previous stage's response was due. */
    PREVIOUS_RESPONSE_DUE,
    /** The complainant received the previous stage's response: its deemed receipt for the channel it was sent by. */
    PREVIOUS_RESPONSE_RECEIVED,
    /** A meeting about the previous stage's adjudication was held. */
    ADJUDICATION_MEETING_HELD,
    /** The complaint was resolved at this stage (agreement reached), before the letter confirming it. */
    RESOLUTION_REACHED,
    /** The investigator's draft report was received. */
    DRAFT_REPORT_RECEIVED,
    /** The investigator's final report was received by whoever acts on it next. */
    FINAL_REPORT_RECEIVED,
    /** The person who decides on the findings received the final reports (investigator's and independent person's). */
    REPORTS_RECEIVED_BY_DECISION_MAKER,
    /** The complainant consented to a referral. */
    COMPLAINANT_CONSENTED,
    /** The review panel met; for a timescale in hours, the end of the meeting. */
    PANEL_MET,
    /** The panel chair's findings letter was received by the person who responds. */
    PANEL_FINDINGS_RECEIVED,
    /** The final response of the procedure was sent. */
    FINAL_RESPONSE_SENT,
    /** An unreasonable-behaviour measure was imposed or last reviewed. */
    MEASURE_IMPOSED,
    /** The complaint was closed. */
    CLOSURE
}
