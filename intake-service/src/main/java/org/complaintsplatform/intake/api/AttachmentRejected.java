package org.complaintsplatform.intake.api;

/** An attachment intake does not store, with the rule it breaks. */
public class AttachmentRejected extends RuntimeException {

    public enum Rule {
        /** Larger than {@code complaints.intake.attachments.max-size}. */
        TOO_LARGE,
        /** A declared type not allowed, or content that is not what its type says. */
        TYPE_NOT_ALLOWED,
        /** The submission already has the most attachments allowed. */
        TOO_MANY,
        /** The Idempotency-Key was used for this submission with another file. */
        KEY_REUSED,
        /** No bytes. */
        EMPTY
    }

    private final Rule rule;

    public AttachmentRejected(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
