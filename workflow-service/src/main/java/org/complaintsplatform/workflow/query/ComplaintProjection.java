package org.complaintsplatform.workflow.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.complaintsplatform.workflow.api.AdvocateAssigned;
import org.complaintsplatform.workflow.api.BehaviourMeasureImposed;
import org.complaintsplatform.workflow.api.BehaviourMeasureReviewed;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintExcluded;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintList;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintResumed;
import org.complaintsplatform.workflow.api.ComplaintStatus;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.ContactArrangementsRecorded;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.DirectEscalationAgreed;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.EscalationRequested;
import org.complaintsplatform.workflow.api.FindComplaint;
import org.complaintsplatform.workflow.api.FindCorrespondence;
import org.complaintsplatform.workflow.api.FollowUpDone;
import org.complaintsplatform.workflow.api.FollowUpScheduled;
import org.complaintsplatform.workflow.api.InformationSharingRestricted;
import org.complaintsplatform.workflow.api.InvestigationReportSubmitted;
import org.complaintsplatform.workflow.api.InvestigatorAppointed;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.LearningActionCompleted;
import org.complaintsplatform.workflow.api.LearningActionRecorded;
import org.complaintsplatform.workflow.api.LearningMeetingHeld;
import org.complaintsplatform.workflow.api.ListComplaints;
import org.complaintsplatform.workflow.api.NamedAdvocate;
import org.complaintsplatform.workflow.api.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PanelConvened;
import org.complaintsplatform.workflow.api.PanelFindingsIssued;
import org.complaintsplatform.workflow.api.PanelHeld;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.ReferredToOmbudsman;
import org.complaintsplatform.workflow.api.SealedAdvocate;
import org.complaintsplatform.workflow.api.SealedComplainant;
import org.complaintsplatform.workflow.api.SealedText;
import org.complaintsplatform.workflow.api.SharingConsentRecorded;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.complaintsplatform.workflow.api.TimeLimitDecided;
import org.complaintsplatform.workflow.api.WrittenStatementAgreed;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository;
import org.complaintsplatform.workflow.privacy.PersonalDataVault;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The complaint read model. Its processing group is subscribing, so the view is written in the
 * command's own transaction: when a public event leaves, the details a letter needs are readable. It unseals
 * the complainant's name and contact details for letters; after erasure, those read as absent.
 */
@Component
@ProcessingGroup(ComplaintProjection.PROCESSING_GROUP)
public class ComplaintProjection {

    public static final String PROCESSING_GROUP = "complaint-view";

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ComplaintViewRepository views;
    private final PersonalDataVault vault;

    public ComplaintProjection(ComplaintViewRepository views, PersonalDataVault vault) {
        this.views = views;
        this.vault = vault;
    }

    @EventHandler
    void on(ComplaintReceived event, @MessageIdentifier String eventId) {
        SealedComplainant complainant = event.complainant();
        views.insert(event, unsealed(event, complainant.name()), unsealed(event, complainant.email()),
                unsealed(event, complainant.postalAddress()));
        views.putDueDates(event.complaintId(), event.deadlines());
        String acknowledgement;
        if (event.anonymous()) {
            acknowledgement = "anonymous, so not acknowledged";
        } else if (!event.acknowledgementRequired()) {
            acknowledgement = "the procedure does not acknowledge it";
        } else if (event.acknowledgementDueOn() == null) {
            acknowledgement = "to be acknowledged (no timescale set)";
        } else {
            acknowledgement = "acknowledgement due " + LETTER_DATE.format(event.acknowledgementDueOn());
        }
        views.appendTimeline(eventId, event.complaintId(), event.receivedAt(), "ComplaintReceived",
                "Received by " + event.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " as a " + event.route().name().toLowerCase(Locale.ROOT) + " "
                        + event.feedbackType().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "; " + acknowledgement);
    }

    @EventHandler
    void on(ContactArrangementsRecorded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        SealedAdvocate advocate = event.advocate();
        String name = advocate == null ? null : unsealed(event.complaintId(), advocate.name());
        views.recordContactArrangements(event.complaintId(), advocate == null || name == null ? null
                        : new NamedAdvocate(name, advocate.organisation(), unsealed(event.complaintId(), advocate.email()),
                                unsealed(event.complaintId(), advocate.telephone()),
                                unsealed(event.complaintId(), advocate.postalAddress())),
                unsealed(event.complaintId(), event.accessibilityNeeds()), event.language(), event.consentToShare());
        List<String> arrangements = new ArrayList<>();
        if (advocate != null) {
            arrangements.add("letters copied to the complainant's advocate"
                    + (advocate.organisation() == null ? "" : " (" + advocate.organisation() + ")"));
        }
        if (event.accessibilityNeeds() != null) {
            arrangements.add("accessibility needs recorded");
        }
        if (event.language() != null) {
            arrangements.add("letters in language " + event.language());
        }
        if (event.consentToShare()) {
            arrangements.add("consent to share the details given");
        }
        views.appendTimeline(eventId, event.complaintId(), event.recordedAt(), "ContactArrangementsRecorded",
                "Asked for when submitting: " + String.join("; ", arrangements));
    }

    @EventHandler
    void on(ComplaintAcknowledged event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.markAcknowledged(event.complaintId(), event.acknowledgedOn());
        LocalDate due = event.acknowledgementDueOn();
        String timeliness = due == null ? "" : (event.acknowledgedOn().isAfter(due) ? ", late (due " : " (due ")
                + LETTER_DATE.format(due) + ")";
        views.appendTimeline(eventId, event.complaintId(), event.acknowledgedAt(), "ComplaintAcknowledged",
                "Acknowledgement letter sent on " + LETTER_DATE.format(event.acknowledgedOn()) + timeliness);
    }

    @EventHandler
    void on(AdvocateAssigned event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.assignedAt(), "AdvocateAssigned",
                "Advocate from " + event.provider() + " supports the complainant" + restarted(event.deadlines()));
    }

    @EventHandler
    void on(SufficientInterestDecided event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.decidedAt(), "SufficientInterestDecided",
                (event.sufficientInterest() ? "Sufficient interest accepted" : "Sufficient interest not accepted")
                        + restarted(event.deadlines()));
    }

    @EventHandler
    void on(TimeLimitDecided event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        if (!event.accepted()) {
            views.markFinished(event.complaintId(), event.decidedOn());
            views.clearDueDates(event.complaintId());
            views.updateStatus(event.complaintId(), ComplaintStatus.CLOSED, 1);
        }
        views.appendTimeline(eventId, event.complaintId(), event.decidedAt(), "TimeLimitDecided",
                (event.accepted() ? "Accepted although made after the time limit" : "Refused: made after the time limit; closed")
                        + " on " + LETTER_DATE.format(event.decidedOn())
                        + (event.decidedBy() == null ? "" : " (decided by the " + event.decidedBy() + ")"));
    }

    @EventHandler
    void on(ComplaintExcluded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        if (event.wholeComplaint()) {
            views.markFinished(event.complaintId(), event.excludedOn());
            views.clearDueDates(event.complaintId());
            views.updateStatus(event.complaintId(), ComplaintStatus.CLOSED, event.stage());
        }
        views.appendTimeline(eventId, event.complaintId(), event.excludedAt(), "ComplaintExcluded",
                (event.wholeComplaint() ? "Excluded from the procedure" : "Part excluded from the procedure") + " on "
                        + LETTER_DATE.format(event.excludedOn()) + " (" + words(event.ground()) + ": " + words(event.effect()) + ")"
                        + (event.wholeComplaint() ? "; closed" : "; the rest proceeds"));
    }

    @EventHandler
    void on(ReferredToOmbudsman event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.referredAt(), "ReferredToOmbudsman",
                "Taken to the " + event.body().name() + " on " + LETTER_DATE.format(event.referredOn())
                        + (event.complaintClosed() ? "" : ", before the procedure ended"));
    }

    @EventHandler
    void on(OmbudsmanOutcomeRecorded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.decidedAt(), "OmbudsmanOutcomeRecorded",
                "The " + event.body().name() + " decided on " + LETTER_DATE.format(event.decidedOn()) + ": " + words(event.outcome()));
    }

    /** The action's wording is personal data kept sealed; the timeline names the action by its id. */
    @EventHandler
    void on(LearningActionRecorded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.recordedAt(), "LearningActionRecorded",
                "Learning action " + event.actionId() + " recorded on " + LETTER_DATE.format(event.recordedOn())
                        + (event.dueOn() == null ? "" : ", due " + LETTER_DATE.format(event.dueOn())));
    }

    @EventHandler
    void on(LearningActionCompleted event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        LocalDate due = event.dueOn();
        views.appendTimeline(eventId, event.complaintId(), event.completedAt(), "LearningActionCompleted",
                "Learning action " + event.actionId() + " carried out on " + LETTER_DATE.format(event.completedOn())
                        + (due == null ? "" : (event.completedOn().isAfter(due) ? ", late (due " : " (due ") + LETTER_DATE.format(due) + ")"));
    }

    @EventHandler
    void on(LearningMeetingHeld event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.heldAt(), "LearningMeetingHeld",
                "Learning meeting held on " + LETTER_DATE.format(event.heldOn())
                        + (event.heldOn().isAfter(event.dueOn()) ? ", late (due " : " (due ") + LETTER_DATE.format(event.dueOn()) + ")");
    }

    @EventHandler
    void on(BehaviourMeasureImposed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.imposedAt(), "BehaviourMeasureImposed",
                "Unreasonable-behaviour measure " + event.measureId() + " imposed on " + LETTER_DATE.format(event.imposedOn())
                        + " until " + LETTER_DATE.format(event.endsOn()) + reviewDue(event.reviewDueOn()));
    }

    @EventHandler
    void on(BehaviourMeasureReviewed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.reviewedAt(), "BehaviourMeasureReviewed",
                "Unreasonable-behaviour measure " + event.measureId() + " reviewed on " + LETTER_DATE.format(event.reviewedOn())
                        + (event.endsOn().equals(event.reviewedOn()) ? ": ended" : ": kept until " + LETTER_DATE.format(event.endsOn()))
                        + reviewDue(event.nextReviewDueOn()));
    }

    @EventHandler
    void on(FollowUpScheduled event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), List.of(event.dueDate()));
        if (DueDate.LEARNING_MEETING.equals(event.dueDate().step())) {
            views.appendTimeline(eventId, event.complaintId(), event.scheduledAt(), "FollowUpScheduled",
                    "Learning meeting due by " + LETTER_DATE.format(event.dueDate().dueOn()));
        }
    }

    @EventHandler
    void on(FollowUpDone event, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), List.of(event.step()));
    }

    private static String reviewDue(@Nullable LocalDate reviewDueOn) {
        return reviewDueOn == null ? "" : "; review due " + LETTER_DATE.format(reviewDueOn);
    }

    @EventHandler
    void on(StageExtended event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), List.of(event.deadline()));
        views.appendTimeline(eventId, event.complaintId(), event.extendedAt(), "StageExtended",
                "Stage " + event.stage() + " extended (" + words(event.condition()) + "); response now due "
                        + LETTER_DATE.format(event.deadline().dueOn()));
    }

    @EventHandler
    void on(StageResponded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.clearDueDates(event.complaintId());
        DueDate window = event.nextStageWindow();
        if (window != null) {
            views.putDueDates(event.complaintId(), List.of(window));
        }
        views.updateStatus(event.complaintId(), ComplaintStatus.RESPONDED, event.stage());
        views.appendTimeline(eventId, event.complaintId(), event.respondedAt(), "StageResponded",
                "Stage " + event.stage() + " response sent on " + LETTER_DATE.format(event.respondedOn()) + ": "
                        + event.findings().size() + " point(s), " + event.findings().stream()
                        .filter(finding -> finding.outcome() != Outcome.NOT_UPHELD).count() + " upheld in full or part"
                        + (window == null ? "" : "; Stage " + window.stage() + " may be asked for until "
                        + LETTER_DATE.format(window.dueOn())));
    }

    @EventHandler
    void on(EscalationRequested event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        if (!event.inTime()) {
            views.updateStatus(event.complaintId(), ComplaintStatus.LATE_REQUEST_PENDING, event.toStage() - 1);
        }
        views.appendTimeline(eventId, event.complaintId(), event.requestedAt(), "EscalationRequested",
                "Stage " + event.toStage() + " asked for on " + LETTER_DATE.format(event.requestedOn())
                        + (event.inTime() ? "" : ", after the window closed; the complaints manager decides"));
    }

    @EventHandler
    void on(LateEscalationDecided event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        if (!event.accepted()) {
            views.updateStatus(event.complaintId(), ComplaintStatus.RESPONDED, event.toStage() - 1);
        }
        views.appendTimeline(eventId, event.complaintId(), event.decidedAt(), "LateEscalationDecided",
                "Late request for Stage " + event.toStage() + (event.accepted() ? " accepted" : " refused"));
    }

    @EventHandler
    void on(DirectEscalationAgreed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.appendTimeline(eventId, event.complaintId(), event.agreedAt(), "DirectEscalationAgreed",
                "Agreed on " + LETTER_DATE.format(event.agreedOn()) + " to leave out Stage 1 and go straight to Stage "
                        + event.toStage() + " (" + event.rule() + ")");
    }

    @EventHandler
    void on(ComplaintEscalated event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.clearDueDates(event.complaintId());
        views.putDueDates(event.complaintId(), event.deadlines());
        views.updateStatus(event.complaintId(), ComplaintStatus.IN_PROGRESS, event.toStage());
        views.appendTimeline(eventId, event.complaintId(), event.escalatedAt(), "ComplaintEscalated",
                "Moved to Stage " + event.toStage() + " on " + LETTER_DATE.format(event.escalatedOn()));
    }

    @EventHandler
    void on(InformationSharingRestricted event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.restrictInformationSharing(event.complaintId(), event.rule());
        views.appendTimeline(eventId, event.complaintId(), event.restrictedAt(),
                "InformationSharingRestricted", "Only brief information may be shared with the complainant ("
                        + words(event.role()) + ") until consent is recorded");
    }

    @EventHandler
    void on(SharingConsentRecorded event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.recordSharingConsent(event.complaintId(), event.givenBy());
        views.appendTimeline(eventId, event.complaintId(), event.recordedAt(), "SharingConsentRecorded",
                "Signed consent of the " + words(event.givenBy()) + " recorded on " + LETTER_DATE.format(event.recordedOn())
                        + ": the detail may be shared");
    }

    @EventHandler
    void on(ComplaintSuspended event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.clearDueDates(event.complaintId());
        views.updateStatusKeepingStage(event.complaintId(), ComplaintStatus.SUSPENDED);
        views.appendTimeline(eventId, event.complaintId(), event.suspendedAt(), "ComplaintSuspended",
                "Put on hold on " + LETTER_DATE.format(event.suspendedOn()) + " (" + words(event.ground()) + ")");
    }

    @EventHandler
    void on(ComplaintResumed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), event.deadlines());
        views.updateStatusKeepingStage(event.complaintId(), ComplaintStatus.IN_PROGRESS);
        views.appendTimeline(eventId, event.complaintId(), event.resumedAt(), "ComplaintResumed",
                "Taken off hold on " + LETTER_DATE.format(event.resumedOn()) + restarted(event.deadlines()));
    }

    @EventHandler
    void on(ComplaintWithdrawn event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.markFinished(event.complaintId(), event.withdrawnOn());
        views.clearDueDates(event.complaintId());
        views.updateStatus(event.complaintId(), ComplaintStatus.WITHDRAWN, event.stage());
        views.appendTimeline(eventId, event.complaintId(), event.withdrawnAt(), "ComplaintWithdrawn",
                "Withdrawn at Stage " + event.stage() + " on " + LETTER_DATE.format(event.withdrawnOn()));
    }

    @EventHandler
    void on(ComplaintClosed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.markFinished(event.complaintId(), event.closedOn());
        views.clearDueDates(event.complaintId());
        views.updateStatus(event.complaintId(), ComplaintStatus.CLOSED, event.stage());
        views.appendTimeline(eventId, event.complaintId(), event.closedAt(), "ComplaintClosed",
                "Closed at Stage " + event.stage() + " on " + LETTER_DATE.format(event.closedOn()));
    }

    @EventHandler
    void on(WrittenStatementAgreed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.agreedAt(), "WrittenStatementAgreed",
                "Statement of complaint agreed" + (event.signed() ? " and signed" : "") + " on "
                        + LETTER_DATE.format(event.agreedOn()) + restarted(event.deadlines()));
    }

    @EventHandler
    void on(InvestigatorAppointed event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), event.stepsCompleted());
        views.appendTimeline(eventId, event.complaintId(), event.appointedAt(), "InvestigatorAppointed",
                words(event.role()) + " " + event.personRef() + " appointed on " + LETTER_DATE.format(event.appointedOn()));
    }

    @EventHandler
    void on(InvestigationReportSubmitted event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), event.stepsCompleted());
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.submittedAt(), "InvestigationReportSubmitted",
                words(event.kind()) + " report of the " + words(event.author()) + " received on "
                        + LETTER_DATE.format(event.submittedOn()) + restarted(event.deadlines()));
    }

    @EventHandler
    void on(PanelConvened event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), event.stepsCompleted());
        views.appendTimeline(eventId, event.complaintId(), event.convenedAt(), "PanelConvened",
                "Review panel of " + event.members().size() + " convened on " + LETTER_DATE.format(event.convenedOn()));
    }

    @EventHandler
    void on(PanelHeld event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), event.stepsCompleted());
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.heldAt(), "PanelHeld",
                "Review panel met on " + LETTER_DATE.format(event.heldOn()) + restarted(event.deadlines()));
    }

    @EventHandler
    void on(PanelFindingsIssued event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.completeSteps(event.complaintId(), event.stepsCompleted());
        views.putDueDates(event.complaintId(), event.deadlines());
        views.appendTimeline(eventId, event.complaintId(), event.receivedAt(), "PanelFindingsIssued",
                "Panel findings received on " + LETTER_DATE.format(event.receivedOn()) + restarted(event.deadlines()));
    }

    @EventHandler
    void on(PersonalDataErased event, @MessageIdentifier String eventId, @SequenceNumber long version) {
        views.recordVersion(event.complaintId(), version);
        views.erasePersonalData(event.complaintId(), event.erasedOn(), event.rule());
        views.appendTimeline(eventId, event.complaintId(), event.erasedAt(), "PersonalDataErased",
                "Personal data erased on " + LETTER_DATE.format(event.erasedOn()) + ", the record having been kept until "
                        + LETTER_DATE.format(event.retainedUntil()) + " (" + event.rule() + ")");
    }

    private @Nullable String unsealed(ComplaintReceived event, @Nullable SealedText sealed) {
        return unsealed(event.complaintId(), sealed);
    }

    private @Nullable String unsealed(ComplaintId complaintId, @Nullable SealedText sealed) {
        return sealed == null ? null : vault.unseal(complaintId, sealed).orElse(null);
    }

    private static String restarted(List<DueDate> deadlines) {
        return deadlines.isEmpty() ? "" : "; clocks: " + deadlines.stream()
                .map(clock -> words(clock.step()) + " due " + LETTER_DATE.format(clock.dueOn()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String words(Enum<?> value) {
        return words(value.name());
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @QueryHandler
    Optional<ComplaintSummary> handle(FindComplaint query) {
        return views.findSummary(query.tenantId(), query.complaintId());
    }

    @QueryHandler
    ComplaintList handle(ListComplaints query) {
        return new ComplaintList(views.list(query), query.limit(), query.offset());
    }

    @QueryHandler
    Optional<Correspondence> handle(FindCorrespondence query) {
        return views.findCorrespondence(query.tenantId(), query.complaintId());
    }
}
