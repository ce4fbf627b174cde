package org.complaintsplatform.workflow.kafka;

import java.util.List;


import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.AdvocateAssigned;
import org.complaintsplatform.workflow.api.Child;
import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintExcluded;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintResumed;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.EscalationRequested;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.FollowUpDone;
import org.complaintsplatform.workflow.api.FollowUpScheduled;
import org.complaintsplatform.workflow.api.InvestigationReportSubmitted;
import org.complaintsplatform.workflow.api.InvestigatorAppointed;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.NamedAdvocate;
import org.complaintsplatform.workflow.api.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.workflow.api.PanelConvened;
import org.complaintsplatform.workflow.api.PanelFindingsIssued;
import org.complaintsplatform.workflow.api.PanelHeld;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.ReferredToOmbudsman;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.complaintsplatform.workflow.api.TimeLimitDecided;
import org.complaintsplatform.workflow.api.WrittenStatementAgreed;

/**
 * Maps between the public contract and the aggregate's own messages. Public events carry ids,
 * roles, dates and outcomes, never names, contact details or free text.
 */
final class ContractMapper {

    private ContractMapper() {
    }

    /** The public event for an internal one; every event the Complaint applies has one, but case-work facts. */
    static IntegrationEvent toContract(Object event) {
        return switch (event) {
            case ComplaintReceived e -> toContract(e);
            case ComplaintAcknowledged e -> toContract(e);
            case AdvocateAssigned e -> toContract(e);
            case SufficientInterestDecided e -> toContract(e);
            case StageExtended e -> toContract(e);
            case StageResponded e -> toContract(e);
            case EscalationRequested e -> toContract(e);
            case LateEscalationDecided e -> toContract(e);
            case ComplaintEscalated e -> toContract(e);
            case ComplaintSuspended e -> toContract(e);
            case ComplaintResumed e -> toContract(e);
            case ComplaintWithdrawn e -> toContract(e);
            case ComplaintClosed e -> toContract(e);
            case WrittenStatementAgreed e -> toContract(e);
            case InvestigatorAppointed e -> toContract(e);
            case InvestigationReportSubmitted e -> toContract(e);
            case PanelConvened e -> toContract(e);
            case PanelHeld e -> toContract(e);
            case PanelFindingsIssued e -> toContract(e);
            case PersonalDataErased e -> toContract(e);
            case TimeLimitDecided e -> toContract(e);
            case ComplaintExcluded e -> toContract(e);
            case ReferredToOmbudsman e -> toContract(e);
            case OmbudsmanOutcomeRecorded e -> toContract(e);
            case FollowUpScheduled e -> new org.complaintsplatform.contracts.complaint.FollowUpScheduled(e.tenantId(),
                    e.complaintId().value(), e.scheduledAt(), dueDate(e.dueDate()));
            case FollowUpDone e -> new org.complaintsplatform.contracts.complaint.FollowUpDone(e.tenantId(),
                    e.complaintId().value(), e.doneAt(), e.doneOn(), e.step());
            default -> throw new IllegalArgumentException("no public event for " + event.getClass().getName());
        };
    }

    static RegisterComplaint toCommand(SubmissionReceived submission) {
        SubmissionReceived.Complainant complainant = submission.complainant();
        SubmissionReceived.Child child = submission.child();
        SubmissionReceived.Advocate advocate = submission.advocate();
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
                submission.desiredOutcome(),
                advocate == null ? null : new NamedAdvocate(advocate.name(), advocate.organisation(), advocate.email(),
                        advocate.telephone(), advocate.postalAddress()),
                complainant.accessibilityNeeds(),
                complainant.language(),
                submission.consentToShare());
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
                dueDates(event.deadlines()),
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

    static org.complaintsplatform.contracts.complaint.AdvocateAssigned toContract(AdvocateAssigned event) {
        return new org.complaintsplatform.contracts.complaint.AdvocateAssigned(event.tenantId(), event.complaintId().value(),
                event.assignedAt(), event.assignedOn(), event.provider(), dueDates(event.deadlines()));
    }

    /** The manager's reasons stay in the event store: free text never goes on a public topic. */
    static org.complaintsplatform.contracts.complaint.SufficientInterestDecided toContract(SufficientInterestDecided event) {
        return new org.complaintsplatform.contracts.complaint.SufficientInterestDecided(event.tenantId(),
                event.complaintId().value(), event.decidedAt(), event.decidedOn(), event.sufficientInterest(),
                dueDates(event.deadlines()));
    }

    static org.complaintsplatform.contracts.complaint.StageExtended toContract(StageExtended event) {
        return new org.complaintsplatform.contracts.complaint.StageExtended(event.tenantId(), event.complaintId().value(),
                event.extendedAt(), event.stage(),
                org.complaintsplatform.contracts.complaint.ExtensionCondition.valueOf(event.condition().name()),
                dueDate(event.deadline()));
    }

    static org.complaintsplatform.contracts.complaint.StageResponded toContract(StageResponded event) {
        DueDate window = event.nextStageWindow();
        return new org.complaintsplatform.contracts.complaint.StageResponded(event.tenantId(), event.complaintId().value(),
                event.respondedAt(), event.respondedOn(), event.stage(), findings(event.findings()), event.responseDueOn(),
                window == null ? null : dueDate(window));
    }

    static org.complaintsplatform.contracts.complaint.EscalationRequested toContract(EscalationRequested event) {
        return new org.complaintsplatform.contracts.complaint.EscalationRequested(event.tenantId(), event.complaintId().value(),
                event.requestedAt(), event.requestedOn(), event.toStage(), event.windowClosedOn(), event.inTime());
    }

    static org.complaintsplatform.contracts.complaint.LateEscalationDecided toContract(LateEscalationDecided event) {
        return new org.complaintsplatform.contracts.complaint.LateEscalationDecided(event.tenantId(),
                event.complaintId().value(), event.decidedAt(), event.toStage(), event.accepted());
    }

    static org.complaintsplatform.contracts.complaint.ComplaintEscalated toContract(ComplaintEscalated event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintEscalated(event.tenantId(), event.complaintId().value(),
                event.escalatedAt(), event.escalatedOn(), event.fromStage(), event.toStage(), dueDates(event.deadlines()));
    }

    static org.complaintsplatform.contracts.complaint.ComplaintSuspended toContract(ComplaintSuspended event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintSuspended(event.tenantId(), event.complaintId().value(),
                event.suspendedAt(), event.suspendedOn(),
                org.complaintsplatform.contracts.complaint.SuspensionGround.valueOf(event.ground().name()),
                event.paused().stream()
                        .map(paused -> new org.complaintsplatform.contracts.complaint.PausedDueDate(dueDate(paused.dueDate()),
                                paused.workingDaysLeft()))
                        .toList());
    }

    static org.complaintsplatform.contracts.complaint.ComplaintResumed toContract(ComplaintResumed event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintResumed(event.tenantId(), event.complaintId().value(),
                event.resumedAt(), event.resumedOn(), dueDates(event.deadlines()));
    }

    static org.complaintsplatform.contracts.complaint.ComplaintWithdrawn toContract(ComplaintWithdrawn event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintWithdrawn(event.tenantId(), event.complaintId().value(),
                event.withdrawnAt(), event.withdrawnOn(), event.stage());
    }

    static org.complaintsplatform.contracts.complaint.ComplaintClosed toContract(ComplaintClosed event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintClosed(event.tenantId(), event.complaintId().value(),
                event.closedAt(), event.closedOn(), event.stage(), findings(event.findings()));
    }

    /** Ids and dates only: intake and notification erase their own copies of the complaint's personal data on it. */
    static org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased toContract(PersonalDataErased event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased(event.tenantId(),
                event.complaintId().value(), event.erasedAt(), event.retainedUntil(), event.rule());
    }

    /** The reason stays in the event store: notification-service writes the letter from the profile and workflow's API. */
    static org.complaintsplatform.contracts.complaint.TimeLimitDecided toContract(TimeLimitDecided event) {
        return new org.complaintsplatform.contracts.complaint.TimeLimitDecided(event.tenantId(), event.complaintId().value(),
                event.decidedAt(), event.decidedOn(), event.accepted(), event.decidedBy(), event.writtenDecision(), event.rule());
    }

    /** The explanation the letter gives is free text: it stays in the event store. */
    static org.complaintsplatform.contracts.complaint.ComplaintExcluded toContract(ComplaintExcluded event) {
        return new org.complaintsplatform.contracts.complaint.ComplaintExcluded(event.tenantId(), event.complaintId().value(),
                event.excludedAt(), event.excludedOn(), event.stage(),
                org.complaintsplatform.contracts.complaint.ExclusionGround.valueOf(event.ground().name()),
                org.complaintsplatform.contracts.complaint.ExclusionEffect.valueOf(event.effect().name()),
                event.wholeComplaint(), event.rule());
    }

    static org.complaintsplatform.contracts.complaint.ReferredToOmbudsman toContract(ReferredToOmbudsman event) {
        return new org.complaintsplatform.contracts.complaint.ReferredToOmbudsman(event.tenantId(), event.complaintId().value(),
                event.referredAt(), event.referredOn(),
                org.complaintsplatform.contracts.complaint.ExternalBody.valueOf(event.body().name()), event.stage(),
                event.complaintClosed());
    }

    static org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded toContract(OmbudsmanOutcomeRecorded event) {
        return new org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded(event.tenantId(), event.complaintId().value(),
                event.decidedAt(), event.decidedOn(),
                org.complaintsplatform.contracts.complaint.ExternalBody.valueOf(event.body().name()),
                org.complaintsplatform.contracts.complaint.OmbudsmanOutcome.valueOf(event.outcome().name()));
    }

    private static List<org.complaintsplatform.contracts.complaint.DueDate> dueDates(List<DueDate> dueDates) {
        return dueDates.stream().map(ContractMapper::dueDate).toList();
    }

    private static org.complaintsplatform.contracts.complaint.DueDate dueDate(DueDate dueDate) {
        return new org.complaintsplatform.contracts.complaint.DueDate(dueDate.stage(), dueDate.step(), dueDate.dueOn(),
                org.complaintsplatform.contracts.complaint.Strictness.valueOf(dueDate.strictness().name()), dueDate.rule());
    }

    private static List<org.complaintsplatform.contracts.complaint.Finding> findings(List<Finding> findings) {
        return findings.stream()
                .map(finding -> new org.complaintsplatform.contracts.complaint.Finding(finding.point(),
                        org.complaintsplatform.contracts.complaint.Outcome.valueOf(finding.outcome().name())))
                .toList();
    }

    static org.complaintsplatform.contracts.complaint.WrittenStatementAgreed toContract(WrittenStatementAgreed event) {
        return new org.complaintsplatform.contracts.complaint.WrittenStatementAgreed(event.tenantId(), event.complaintId().value(),
                event.agreedAt(), event.agreedOn(), event.signed(), dueDates(event.deadlines()));
    }

    /** The Investigating Officer and the Independent Person are separate public events, as councils report them. */
    static IntegrationEvent toContract(InvestigatorAppointed event) {
        return event.role() == InvestigatorRole.INDEPENDENT_PERSON
                ? new org.complaintsplatform.contracts.complaint.IndependentPersonAppointed(event.tenantId(), event.complaintId().value(),
                        event.appointedAt(), event.appointedOn(), event.personRef(), event.stepsCompleted())
                : new org.complaintsplatform.contracts.complaint.InvestigatorAppointed(event.tenantId(), event.complaintId().value(),
                        event.appointedAt(), event.appointedOn(), event.personRef(), event.stepsCompleted());
    }

    static org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted toContract(InvestigationReportSubmitted event) {
        return new org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted(event.tenantId(), event.complaintId().value(),
                event.submittedAt(), event.submittedOn(), org.complaintsplatform.contracts.complaint.ReportKind.valueOf(event.kind().name()),
                org.complaintsplatform.contracts.complaint.InvestigatorRole.valueOf(event.author().name()), dueDates(event.deadlines()), event.stepsCompleted());
    }

    static org.complaintsplatform.contracts.complaint.PanelConvened toContract(PanelConvened event) {
        return new org.complaintsplatform.contracts.complaint.PanelConvened(event.tenantId(), event.complaintId().value(), event.convenedAt(),
                event.convenedOn(), event.members().stream()
                        .map(member -> new org.complaintsplatform.contracts.complaint.PanelMember(member.personRef(), member.chair(), member.independent()))
                        .toList(), event.stepsCompleted(), event.meetingOn());
    }

    static org.complaintsplatform.contracts.complaint.PanelHeld toContract(PanelHeld event) {
        return new org.complaintsplatform.contracts.complaint.PanelHeld(event.tenantId(), event.complaintId().value(), event.heldAt(), event.heldOn(),
                dueDates(event.deadlines()), event.stepsCompleted());
    }

    static org.complaintsplatform.contracts.complaint.PanelFindingsIssued toContract(PanelFindingsIssued event) {
        return new org.complaintsplatform.contracts.complaint.PanelFindingsIssued(event.tenantId(), event.complaintId().value(), event.receivedAt(),
                event.receivedOn(), findings(event.findings()), dueDates(event.deadlines()), event.stepsCompleted());
    }
}
