package org.complaintsplatform.intake.command;

/** Publishes what intake accepted, in the caller's transaction (a transactional outbox). */
public interface SubmissionEvents {

    void accepted(AcceptedSubmission submission);
}
