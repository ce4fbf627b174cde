package org.complaintsplatform.intake.api;

/**
 * The tenant's procedure profile does not list the submission's feedback type (e.g. an enquiry for
 * Core Assets). Refused at intake: accepting it would promise the portal a representation that
 * workflow-service then rejects.
 */
public class FeedbackTypeNotAccepted extends RuntimeException {

    private final String tenantId;
    private final FeedbackType feedbackType;

    public FeedbackTypeNotAccepted(String tenantId, FeedbackType feedbackType) {
        super("tenant '" + tenantId + "' does not accept " + feedbackType + " representations: its procedure profile does not list them");
        this.tenantId = tenantId;
        this.feedbackType = feedbackType;
    }

    public String tenantId() {
        return tenantId;
    }

    public FeedbackType feedbackType() {
        return feedbackType;
    }
}
