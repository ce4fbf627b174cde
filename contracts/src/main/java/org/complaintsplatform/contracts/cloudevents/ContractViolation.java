package org.complaintsplatform.contracts.cloudevents;

import java.util.List;

/**
 * A payload that does not meet its contract: unknown type, unreadable JSON or a schema error.
 * Never worth retrying: the record goes to its dead-letter topic with these reasons.
 */
public class ContractViolation extends RuntimeException {

    private final List<String> reasons;

    public ContractViolation(String summary, List<String> reasons) {
        super(summary + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        this.reasons = List.copyOf(reasons);
    }

    public ContractViolation(String summary, Throwable cause) {
        super(summary + ": " + cause.getMessage(), cause);
        this.reasons = List.of(cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage());
    }

    public List<String> reasons() {
        return reasons;
    }
}
