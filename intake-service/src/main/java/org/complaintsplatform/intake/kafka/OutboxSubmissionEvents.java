package org.complaintsplatform.intake.kafka;

import org.complaintsplatform.intake.command.AcceptedSubmission;
import org.complaintsplatform.intake.command.SubmissionEvents;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.springframework.stereotype.Component;

/** Publishes accepted submissions on {@code complaints.submissions.v1} through the transactional outbox. */
@Component
public class OutboxSubmissionEvents implements SubmissionEvents {

    private final TransactionalOutbox outbox;

    public OutboxSubmissionEvents(TransactionalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void accepted(AcceptedSubmission submission) {
        outbox.append(SubmissionReceivedMapper.toEvent(submission), submission.eventId().toString());
    }
}
