package org.complaintsplatform.workflow.command;

/** A command that breaks a rule of the procedure; its message starts with a stable rule code. */
public class ComplaintRuleViolation extends RuntimeException {

    public ComplaintRuleViolation(RuleCode code, String explanation) {
        super(code + ": " + explanation);
    }

    /** The rules a command can break. */
    public enum RuleCode {
        UNKNOWN_TENANT,
        FEEDBACK_TYPE_NOT_ACCEPTED,
        ANONYMOUS_NOT_ACKNOWLEDGED,
        ACKNOWLEDGEMENT_NOT_REQUIRED,
        SENT_BEFORE_RECEIPT
    }
}
