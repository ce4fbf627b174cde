package org.complaintsplatform.workflow.kafka;

import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.Child;
import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.contracts.notification.LetterSent;

/**
 * Maps between the public contract and the aggregate's own messages. Public events carry ids,
 * roles, dates and outcomes, never names, contact details or free text.
 */
final class ContractMapper {

    private ContractMapper() {
    }

    static RegisterComplaint toCommand(SubmissionReceived submission) {
        SubmissionReceived.Complainant complainant = submission.complainant();
        SubmissionReceived.Child child = submission.child();
        return new RegisterComplaint(
                new ComplaintId(submission.complaintId()),
                submission.tenantId(),
                submission.reference(),
                submission.occurredAt(),
                ReceiptChannel.valueOf(submission.channel().name()),
                FeedbackType.valueOf(submission.feedbackType().name()),
                submission.routeHint() == null ? null : Route.valueOf(submission.routeHint().name()),
                submission.anonymous(),
                new Complainant(ComplainantRole.valueOf(complainant.role().name()), complainant.name(), complainant.email(),
                        complainant.postalAddress(), ContactPreference.valueOf(complainant.preferredContact().name())),
                child == null ? null : new Child(child.name(), child.dateOfBirth()),
                submission.summary(),
                submission.desiredOutcome());
    }

    static AcknowledgeComplaint toCommand(LetterSent letter) {
        return new AcknowledgeComplaint(new ComplaintId(letter.complaintId()), letter.letterId(), letter.occurredAt());
    }

    static org.complaintsplatform.contracts.complaint.ComplaintReceived toContract(ComplaintReceived event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintReceived(
                event.tenantId(),
                event.complaintId().value(),
                event.receivedAt(),
                event.reference(),
                event.receivedOn(),
                org.complaintsplatform.contracts.FeedbackType.valueOf(event.feedbackType().name()),
                org.complaintsplatform.contracts.Route.valueOf(event.route().name()),
                org.complaintsplatform.contracts.ComplainantRole.valueOf(event.complainant().role().name()),
                event.anonymous(),
                event.acknowledgementRequired(),
                event.profileId(),
                event.profileVersion(),
                event.acknowledgementDueOn(),
                event.dueDatesProjected());
    }

    static org.complaintsplatform.contracts.complaint.ComplaintAcknowledged toContract(ComplaintAcknowledged event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintAcknowledged(
                event.tenantId(),
                event.complaintId().value(),
                event.acknowledgedAt(),
                event.acknowledgedOn(),
                event.acknowledgementDueOn(),
                event.letterId());
    }
}
