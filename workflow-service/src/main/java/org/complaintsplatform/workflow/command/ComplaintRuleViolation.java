package org.complaintsplatform.workflow.command;

/** A command that breaks a rule of the procedure; the code is stable, for APIs and tests. */
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
        ANONYMOUS_NOT_ACKNOWLEDGED,
        SENT_BEFORE_RECEIPT
    }
}
