package org.complaintsplatform.workflow.command;

/** A command that breaks a rule of the procedure; its message starts with a stable rule code. */
public class ComplaintRuleViolation extends RuntimeException {

    private final RuleCode code;

    public ComplaintRuleViolation(RuleCode code, String explanation) {
        super(code + ": " + explanation);
        this.code = code;
    }

    public RuleCode code() {
        return code;
    }

    /** The rules a command can break. */
    public enum RuleCode {
        UNKNOWN_TENANT,
        FEEDBACK_TYPE_NOT_ACCEPTED,
        ROUTE_NOT_OFFERED,
        ANONYMOUS_NOT_ACKNOWLEDGED,
        ACKNOWLEDGEMENT_NOT_REQUIRED,
        SENT_BEFORE_RECEIPT,
        NOT_A_COMPLAINT,
        COMPLAINT_CLOSED,
        COMPLAINT_SUSPENDED,
        NOT_SUSPENDED,
        WRONG_STAGE,
        STAGE_NOT_RESPONDED,
        STAGE_ALREADY_RESPONDED,
        NO_FURTHER_STAGE,
        NO_LATE_REQUEST_PENDING,
        LATE_REQUEST_PENDING,
        FINDINGS_REQUIRED,
        EXTENSION_NOT_ALLOWED,
        EXTENSION_NOT_LONGER,
        EXTENSION_BEYOND_MAXIMUM,
        SUSPENSION_GROUND_NOT_RECOGNISED,
        NO_INVESTIGATION_AT_STAGE,
        ROLE_NOT_IN_PROCEDURE,
        INDEPENDENT_PERSON_NOT_INDEPENDENT,
        INDEPENDENT_PERSON_IS_INVESTIGATOR,
        INVESTIGATOR_NOT_APPOINTED,
        NO_PANEL_AT_STAGE,
        PANEL_COMPOSITION,
        PANEL_MEETING_BEFORE_CONVENING,
        INDEPENDENT_PERSON_ON_PANEL,
        PANEL_NOT_CONVENED,
        PANEL_NOT_HELD,
        BEFORE_PREVIOUS_EVENT,
        COMPLAINT_NOT_FINISHED,
        NO_RETENTION_PERIOD,
        RETENTION_NOT_ENDED,
        CONSENT_NOT_NEEDED,
        CONSENT_NOT_SIGNED,
        TIME_LIMIT_ALREADY_DECIDED,
        NO_TIME_LIMIT_DISCRETION,
        EXCLUSION_GROUND_NOT_RECOGNISED,
        OMBUDSMAN_REFERRAL_PENDING,
        NO_OMBUDSMAN_REFERRAL,
        BODY_NOT_SIGNPOSTED,
        DIRECT_ESCALATION_NOT_OFFERED,
        LEARNING_ACTION_ALREADY_RECORDED,
        LEARNING_ACTION_DUE_BEFORE_RECORDED,
        LEARNING_ACTION_UNKNOWN,
        LEARNING_ACTION_ALREADY_COMPLETED,
        LEARNING_MEETING_NOT_IN_PROCEDURE,
        LEARNING_MEETING_NOT_DUE,
        LEARNING_MEETING_ALREADY_HELD,
        UNREASONABLE_BEHAVIOUR_NOT_IN_PROCEDURE,
        MEASURE_ALREADY_IMPOSED,
        MEASURE_NOT_TIME_LIMITED,
        MEASURE_UNKNOWN,
        MEASURE_ENDED
    }
}
