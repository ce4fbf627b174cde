package org.complaintsplatform.notification.api;

import java.util.Locale;

/**
 * The letters the service writes; each has a template of the same name under {@code letters/}.
 *
 * @param title the letter's heading, and with the reference its e-mail subject
 */
public enum LetterType {
    ACKNOWLEDGEMENT("Acknowledgement"),
    EXTENSION_NOTICE("New date for our response"),
    STAGE_RESPONSE("Our response"),
    ESCALATION_CONFIRMATION("Your complaint has moved to the next stage"),
    STATEMENT_INVITATION("Agreeing the statement of your complaint"),
    INVESTIGATOR_APPOINTMENT_NOTICE("Who is investigating your complaint"),
    ADJUDICATION_COVER("Our decision on the investigation of your complaint"),
    PANEL_INVITATION("Invitation to the review panel"),
    PANEL_FINDINGS_COVER("The review panel's findings"),
    FINAL_RESPONSE("Our final response"),
    LATE_REQUEST_DECISION("Our decision on your late request"),
    SUSPENSION_NOTICE("Your complaint is on hold"),
    RESUMPTION_NOTICE("Your complaint is no longer on hold"),
    WITHDRAWAL_CONFIRMATION("Withdrawal of your complaint"),
    CLOSURE("Closure of your complaint"),
    STAFF_DEADLINE_APPROACHING("Deadline approaching"),
    STAFF_DEADLINE_MISSED("Deadline missed"),
    ELIGIBILITY_DECISION("Whether we can consider your complaint");

    private final String title;

    LetterType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The template's file name without extension, e.g. {@code extension_notice}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
