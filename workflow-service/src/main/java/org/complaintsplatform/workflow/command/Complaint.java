package org.complaintsplatform.workflow.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;


import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.complaintsplatform.procedures.ClockStart;
import org.complaintsplatform.procedures.Lapse;
import org.complaintsplatform.procedures.Panel;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.AdvocateAssigned;
import org.complaintsplatform.workflow.api.AgreeWrittenStatement;
import org.complaintsplatform.workflow.api.AppointInvestigator;
import org.complaintsplatform.workflow.api.AssignAdvocate;
import org.complaintsplatform.workflow.api.BehaviourMeasureImposed;
import org.complaintsplatform.workflow.api.BehaviourMeasureReviewed;
import org.complaintsplatform.workflow.api.Child;
import org.complaintsplatform.workflow.api.CloseComplaint;
import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintExcluded;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintResumed;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.CompleteLearningAction;
import org.complaintsplatform.workflow.api.ContactArrangementsRecorded;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.ConvenePanel;
import org.complaintsplatform.workflow.api.DecideLateEscalation;
import org.complaintsplatform.workflow.api.DecideSufficientInterest;
import org.complaintsplatform.workflow.api.DecideTimeLimit;
import org.complaintsplatform.workflow.api.DirectEscalationAgreed;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.ErasePersonalData;
import org.complaintsplatform.workflow.api.EscalateByAgreement;
import org.complaintsplatform.workflow.api.EscalationRequested;
import org.complaintsplatform.workflow.api.ExcludeComplaint;
import org.complaintsplatform.workflow.api.ExtendStage;
import org.complaintsplatform.workflow.api.ExternalBody;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.FollowUpDone;
import org.complaintsplatform.workflow.api.FollowUpScheduled;
import org.complaintsplatform.workflow.api.HoldLearningMeeting;
import org.complaintsplatform.workflow.api.HoldPanel;
import org.complaintsplatform.workflow.api.ImposeBehaviourMeasure;
import org.complaintsplatform.workflow.api.InformationSharingRestricted;
import org.complaintsplatform.workflow.api.InvestigationReportSubmitted;
import org.complaintsplatform.workflow.api.InvestigatorAppointed;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.IssuePanelFindings;
import org.complaintsplatform.workflow.api.LapseRequestWindow;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.LearningActionCompleted;
import org.complaintsplatform.workflow.api.LearningActionRecorded;
import org.complaintsplatform.workflow.api.LearningMeetingHeld;
import org.complaintsplatform.workflow.api.NamedAdvocate;
import org.complaintsplatform.workflow.api.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.workflow.api.PanelConvened;
import org.complaintsplatform.workflow.api.PanelFindingsIssued;
import org.complaintsplatform.workflow.api.PanelHeld;
import org.complaintsplatform.workflow.api.PanelMember;
import org.complaintsplatform.workflow.api.PausedDueDate;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.RecordLearningAction;
import org.complaintsplatform.workflow.api.RecordOmbudsmanOutcome;
import org.complaintsplatform.workflow.api.RecordSharingConsent;
import org.complaintsplatform.workflow.api.ReferToOmbudsman;
import org.complaintsplatform.workflow.api.ReferredToOmbudsman;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.ReportKind;
import org.complaintsplatform.workflow.api.RequestEscalation;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.ResumeComplaint;
import org.complaintsplatform.workflow.api.ReviewBehaviourMeasure;
import org.complaintsplatform.workflow.api.SealedAdvocate;
import org.complaintsplatform.workflow.api.SealedChild;
import org.complaintsplatform.workflow.api.SealedComplainant;
import org.complaintsplatform.workflow.api.SharingConsentRecorded;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SubmitInvestigationReport;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.complaintsplatform.workflow.api.SuspendComplaint;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.TimeLimitDecided;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.complaintsplatform.workflow.api.WrittenStatementAgreed;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation.RuleCode;
import org.complaintsplatform.workflow.command.DueDates.BehaviourPolicy;
import org.complaintsplatform.workflow.command.DueDates.ExclusionRule;
import org.complaintsplatform.workflow.command.DueDates.LearningMeeting;
import org.complaintsplatform.workflow.command.DueDates.Retained;
import org.complaintsplatform.workflow.command.DueDates.TimeLimitRule;
import org.jspecify.annotations.Nullable;

/**
 * A complaint, from receipt to closure, under the procedure profile version it started with. The
 * profile decides which clocks each event starts; the aggregate keeps the ones running and refuses
 * every command that breaks the procedure. It needs no personal data for any rule: it seals them into its
 * events under the complaint's own key, and keeps enforcing every rule after that key is destroyed.
 */
@Aggregate
@Revision("2")
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private String tenantId;
    private ProfileRef profile;
    private FeedbackType feedbackType;
    private ContactPreference channel;
    private LocalDate receivedOn;
    private boolean anonymous;
    private boolean acknowledgementRequired;
    private @Nullable LocalDate acknowledgementDueOn;
    private boolean acknowledged;
    private int stage;
    private LocalDate stageStartedOn;
    private @Nullable LocalDate lastEventOn;
    private boolean stageResponded;
    private List<Finding> lastFindings = List.of();
    private Map<ClockStart, LocalDate> previousStageDates = new EnumMap<>(ClockStart.class);
    private @Nullable Integer lateRequestForStage;
    private boolean closed;
    /** The date the complaint was closed or withdrawn, from which its retention counts. */
    private @Nullable LocalDate finishedOn;
    private boolean personalDataErased;
    private Map<InvestigatorRole, String> investigators = new EnumMap<>(InvestigatorRole.class);
    private @Nullable String stageTwoIndependentPerson;
    private boolean panelConvened;
    private boolean panelHeld;
    private @Nullable SuspendedClocks suspended;
    /** Only brief information may go to the complainant until consent is recorded. */
    private boolean sharingRestricted;
    private boolean timeLimitDecided;
    /** The body a referral awaits the decision of, if any. */
    private @Nullable ExternalBody ombudsmanReferral;
    /** Learning actions by id: the date each is due (if given) and whether it was carried out. */
    private Map<UUID, LearningAction> learningActions = new LinkedHashMap<>();
    private boolean learningMeetingHeld;
    /** Unreasonable-behaviour measures by id, with the last day each applies. */
    private Map<UUID, LocalDate> behaviourMeasures = new LinkedHashMap<>();
    /** The clocks running now, by {@link DueDate#key()}. */
    private Map<String, DueDate> clocks = new LinkedHashMap<>();

    @CommandHandler
    public Complaint(RegisterComplaint command, DueDates dueDates, PersonalDataKeys keys) {
        DueDates.Start start = dueDates.start(command.tenantId(), command.feedbackType(), command.routeHint(),
                command.receivedAt());
        // Anonymous complaints are recorded but never acknowledged: no acknowledgement clock starts.
        boolean acknowledgementRequired = !command.anonymous() && start.feedbackRule().acknowledged();
        LocalDate acknowledgementDue = acknowledgementRequired ? start.acknowledgementDueOn() : null;
        List<DueDate> deadlines = command.feedbackType() == FeedbackType.COMPLAINT
                ? dueDates.clocksStartingOn(start.ref(), 1, ClockStart.RECEIPT, command.receivedAt())
                : List.of();
        LocalDate latest = deadlines.stream().map(DueDate::dueOn).reduce(start.dayZero(), (a, b) -> a.isAfter(b) ? a : b);
        LocalDate furthest = acknowledgementDue != null && acknowledgementDue.isAfter(latest) ? acknowledgementDue : latest;
        ComplaintId id = command.complaintId();
        apply(new ComplaintReceived(
                id, command.tenantId(), command.reference(), command.receivedAt(), start.dayZero(),
                command.channel(), command.feedbackType(), start.ref().route(),
                command.anonymous(), acknowledgementRequired, sealed(keys, id, command.complainant()),
                sealed(keys, id, command.child()), keys.seal(id, command.summary()),
                keys.sealIfPresent(id, command.desiredOutcome()), start.profile().id(), start.profile().version(),
                acknowledgementDue, deadlines, start.calendar().usesProjectedHolidays(start.dayZero(), furthest)));
        if (!command.anonymous() && command.feedbackType() == FeedbackType.COMPLAINT) {
            dueDates.detailOnlyWithConsent(start.ref(), command.complainant().role()).ifPresent(rule -> apply(
                    new InformationSharingRestricted(id, command.tenantId(), command.complainant().role(), rule, command.receivedAt())));
        }
        NamedAdvocate advocate = command.advocate();
        if (advocate != null || command.accessibilityNeeds() != null || command.language() != null || command.consentToShare()) {
            apply(new ContactArrangementsRecorded(id, command.tenantId(), command.receivedAt(),
                    advocate == null ? null : new SealedAdvocate(keys.seal(id, advocate.name()), advocate.organisation(),
                            keys.sealIfPresent(id, advocate.email()), keys.sealIfPresent(id, advocate.telephone()),
                            keys.sealIfPresent(id, advocate.postalAddress())),
                    keys.sealIfPresent(id, command.accessibilityNeeds()), command.language(), command.consentToShare()));
        }
    }

    private static SealedComplainant sealed(PersonalDataKeys keys, ComplaintId id, Complainant complainant) {
        return new SealedComplainant(complainant.role(), keys.sealIfPresent(id, complainant.name()),
                keys.sealIfPresent(id, complainant.email()), keys.sealIfPresent(id, complainant.postalAddress()),
                complainant.preferredContact());
    }

    private static @Nullable SealedChild sealed(PersonalDataKeys keys, ComplaintId id, @Nullable Child child) {
        if (child == null) {
            return null;
        }
        LocalDate born = child.dateOfBirth();
        return new SealedChild(keys.seal(id, child.name()), born == null ? null : keys.seal(id, born.toString()));
    }

    /**
     * A caseworker who acted on an out-of-date view (a stale If-Match) is told so before any rule is checked:
     * Axon otherwise detects the conflict only after the handler ran.
     */
    @CommandHandlerInterceptor
    Object rejectStaleCommands(InterceptorChain chain) throws Exception {
        ConflictResolution.getConflictResolver().detectConflicts(Conflicts.eventMatching(unseen -> true));
        return chain.proceed();
    }

    @CommandHandler
    public void handle(AcknowledgeComplaint command) {
        if (anonymous) {
            throw new ComplaintRuleViolation(RuleCode.ANONYMOUS_NOT_ACKNOWLEDGED,
                    "complaint " + complaintId + " is anonymous and is never acknowledged");
        }
        if (!acknowledgementRequired) {
            throw new ComplaintRuleViolation(RuleCode.ACKNOWLEDGEMENT_NOT_REQUIRED,
                    "the procedure does not acknowledge representation " + complaintId);
        }
        LocalDate sentOn = DueDates.dateOf(command.sentAt());
        if (sentOn.isBefore(receivedOn)) {
            throw new ComplaintRuleViolation(RuleCode.SENT_BEFORE_RECEIPT,
                    "an acknowledgement sent on " + sentOn + " predates receipt on " + receivedOn);
        }
        if (acknowledged) {
            return; // a complaint is acknowledged once; later copies of the letter change nothing
        }
        apply(new ComplaintAcknowledged(complaintId, tenantId, command.sentAt(), sentOn, acknowledgementDueOn,
                command.letterId()));
    }

    @CommandHandler
    public void handle(AssignAdvocate command, DueDates dueDates) {
        LocalDate assignedOn = onOrAfterLastEvent(command.assignedAt());
        requireRunningComplaint();
        apply(new AdvocateAssigned(complaintId, tenantId, command.assignedAt(), assignedOn, command.provider(),
                restartingClocks(dueDates, ClockStart.ADVOCATE_APPOINTED, assignedOn)));
    }

    @CommandHandler
    public void handle(DecideSufficientInterest command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        requireRunningComplaint();
        List<DueDate> deadlines = command.sufficientInterest()
                ? restartingClocks(dueDates, ClockStart.SUFFICIENT_INTEREST_DECIDED, decidedOn)
                : List.of();
        apply(new SufficientInterestDecided(complaintId, tenantId, command.decidedAt(), decidedOn,
                command.sufficientInterest(), keys.seal(complaintId, command.reason()), deadlines));
    }

    /**
     * Telford &amp; Wrekin: "the Council has discretion to waive this time limit"; Core Assets: "the ... Complaints
     * Manager will exercise discretion as to whether or not to accept your complaint". Decided on the complaint as
     * received, once, before its Stage 1 response; a refusal ends the complaint.
     */
    @CommandHandler
    public void handle(DecideTimeLimit command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        requireRunningComplaint();
        requireBeforeStageOneResponse("the time limit");
        if (timeLimitDecided) {
            throw new ComplaintRuleViolation(RuleCode.TIME_LIMIT_ALREADY_DECIDED,
                    "the time limit of complaint " + complaintId + " has been decided");
        }
        TimeLimitRule timeLimit = dueDates.timeLimit(profile);
        if (command.accepted() && !timeLimit.discretion()) {
            throw new ComplaintRuleViolation(RuleCode.NO_TIME_LIMIT_DISCRETION,
                    timeLimit.rule() + " gives no discretion to accept a late complaint");
        }
        apply(new TimeLimitDecided(complaintId, tenantId, command.decidedAt(), decidedOn, command.accepted(),
                keys.seal(complaintId, command.reason()), timeLimit.decidedBy(), timeLimit.writtenDecision(), timeLimit.rule()));
    }

    /**
     * Cambridgeshire: "Once the concurrent investigation has concluded, you may resubmit your complaint for
     * consideration". Only the grounds the profile lists, each with its effect; decided before the Stage 1 response
     * (a matter arising later puts the complaint on hold instead, TW-A19).
     */
    @CommandHandler
    public void handle(ExcludeComplaint command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate excludedOn = onOrAfterLastEvent(command.excludedAt());
        requireRunningComplaint();
        requireBeforeStageOneResponse("an exclusion");
        ExclusionRule exclusion = dueDates.exclusion(profile, command.ground())
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.EXCLUSION_GROUND_NOT_RECOGNISED,
                        "the procedure does not exclude " + command.ground() + "; it lists " + dueDates.exclusionGrounds(profile)));
        apply(new ComplaintExcluded(complaintId, tenantId, command.excludedAt(), excludedOn, stage, command.ground(),
                exclusion.effect(), command.wholeComplaint(), keys.seal(complaintId, command.explanation()), exclusion.rule()));
    }

    @CommandHandler
    public void handle(ExtendStage command, DueDates dueDates, PersonalDataKeys keys) {
        onOrAfterLastEvent(command.extendedAt());
        requireRunningComplaint();
        requireCurrentStage(command.stage());
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED,
                    "Stage " + stage + " has been responded to; it can no longer be extended");
        }
        DueDate extended = dueDates.extendResponse(profile, stage, command.condition(), command.workingDays(),
                stageStartedOn);
        apply(new StageExtended(complaintId, tenantId, command.extendedAt(), stage, command.condition(),
                keys.seal(complaintId, command.reason()), extended));
    }

    @CommandHandler
    public void handle(RespondToStage command, DueDates dueDates) {
        LocalDate respondedOn = onOrAfterLastEvent(command.respondedAt());
        requireRunningComplaint();
        requireCurrentStage(command.stage());
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED, "Stage " + stage + " has been responded to");
        }
        requireFindings(command.findings());
        DueDate response = clocks.get(stage + ":RESPONSE");
        LocalDate responseDueOn = response == null ? null : response.dueOn();
        Map<ClockStart, LocalDate> dayZeros = new EnumMap<>(ClockStart.class);
        dayZeros.put(ClockStart.PREVIOUS_RESPONSE_SENT, respondedOn);
        dayZeros.put(ClockStart.PREVIOUS_RESPONSE_RECEIVED, dueDates.deemedReceipt(profile, respondedOn, channel));
        if (responseDueOn != null) {
            dayZeros.put(ClockStart.PREVIOUS_RESPONSE_DUE, responseDueOn);
        }
        DueDate window = dueDates.requestWindow(profile, stage + 1, dayZeros).orElse(null);
        apply(new StageResponded(complaintId, tenantId, command.respondedAt(), respondedOn, stage,
                List.copyOf(command.findings()), responseDueOn, window));
        if (stage >= 2) {
            dueDates.learningMeeting(profile).ifPresent(meeting -> apply(new FollowUpScheduled(complaintId, tenantId,
                    command.respondedAt(), meeting.clockAfter(stage, respondedOn))));
        }
    }

    @CommandHandler
    public void handle(RequestEscalation command, DueDates dueDates) {
        LocalDate requestedOn = onOrAfterLastEvent(command.requestedAt());
        requireRunningComplaint();
        if (command.toStage() != stage + 1) {
            throw new ComplaintRuleViolation(RuleCode.WRONG_STAGE,
                    "the complaint is at Stage " + stage + "; it can only go to Stage " + (stage + 1));
        }
        if (!dueDates.hasStage(profile, command.toStage())) {
            throw new ComplaintRuleViolation(RuleCode.NO_FURTHER_STAGE, "the procedure has no Stage " + command.toStage());
        }
        if (!stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_NOT_RESPONDED,
                    "Stage " + stage + " has not been responded to yet; escalating early needs the procedure's agreement");
        }
        if (lateRequestForStage != null) {
            throw new ComplaintRuleViolation(RuleCode.LATE_REQUEST_PENDING, "a late request awaits the complaints manager");
        }
        DueDate window = clocks.get(command.toStage() + ":" + DueDate.REQUEST_WINDOW);
        boolean inTime = window == null || !requestedOn.isAfter(window.dueOn());
        apply(new EscalationRequested(complaintId, tenantId, command.requestedAt(), requestedOn, command.toStage(),
                window == null ? null : window.dueOn(), inTime));
        if (inTime) {
            escalate(dueDates, command.requestedAt(), requestedOn);
        }
    }

    /**
     * Telford &amp; Wrekin: "it may be appropriate to leave out the Stage One process, subject to agreement between the
     * complainant and the Customer Relationship Team"; Cambridgeshire: "The Children's Complaints Manager has
     * discretion to pass complaints directly to Stage 2". Only where the route's profile allows it, from Stage 1
     * before its response; Stage 2's clocks start on the agreement as on an accepted request.
     */
    @CommandHandler
    public void handle(EscalateByAgreement command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate agreedOn = onOrAfterLastEvent(command.agreedAt());
        requireRunningComplaint();
        requireCurrentStage(1);
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED,
                    "Stage 1 has been responded to; the complainant asks for Stage 2 in the usual way");
        }
        if (!dueDates.hasStage(profile, 2)) {
            throw new ComplaintRuleViolation(RuleCode.NO_FURTHER_STAGE, "the procedure has no Stage 2");
        }
        String rule = dueDates.directToStageTwo(profile).orElseThrow(() -> new ComplaintRuleViolation(
                RuleCode.DIRECT_ESCALATION_NOT_OFFERED, "the procedure does not let a complaint leave out Stage 1"));
        apply(new DirectEscalationAgreed(complaintId, tenantId, command.agreedAt(), agreedOn, 2,
                keys.seal(complaintId, command.reason()), rule));
        escalate(dueDates, command.agreedAt(), agreedOn);
    }

    @CommandHandler
    public void handle(DecideLateEscalation command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        requireRunningComplaint();
        if (lateRequestForStage == null) {
            throw new ComplaintRuleViolation(RuleCode.NO_LATE_REQUEST_PENDING, "no late request awaits a decision");
        }
        apply(new LateEscalationDecided(complaintId, tenantId, command.decidedAt(), lateRequestForStage, command.accepted(),
                keys.seal(complaintId, command.reason())));
        if (command.accepted()) {
            escalate(dueDates, command.decidedAt(), decidedOn);
        }
    }

    @CommandHandler
    public void handle(AgreeWrittenStatement command, DueDates dueDates) {
        LocalDate agreedOn = onOrAfterLastEvent(command.agreedAt());
        requireRunningComplaint();
        requireInvestigation(dueDates);
        apply(new WrittenStatementAgreed(complaintId, tenantId, command.agreedAt(), agreedOn, command.signed(),
                dueDates.clocksStartingOn(profile, stage, ClockStart.STATEMENT_AGREED, command.agreedAt())));
    }

    /** Regulation 2: an Independent Person may not be a member or officer of the organisation, or their spouse or civil partner. */
    @CommandHandler
    public void handle(AppointInvestigator command, DueDates dueDates) {
        LocalDate appointedOn = onOrAfterLastEvent(command.appointedAt());
        requireRunningComplaint();
        List<InvestigatorRole> roles = requireInvestigation(dueDates);
        if (!roles.contains(command.role())) {
            throw new ComplaintRuleViolation(RuleCode.ROLE_NOT_IN_PROCEDURE,
                    "the Stage " + stage + " investigation appoints " + roles + ", not " + command.role());
        }
        if (command.role() == InvestigatorRole.INDEPENDENT_PERSON) {
            if (!command.declaredIndependent()) {
                throw new ComplaintRuleViolation(RuleCode.INDEPENDENT_PERSON_NOT_INDEPENDENT,
                        "an Independent Person must declare they are not a member or officer of the organisation,"
                                + " nor the spouse or civil partner of one");
            }
            if (command.personRef().equals(investigators.get(InvestigatorRole.INVESTIGATING_OFFICER))) {
                throw new ComplaintRuleViolation(RuleCode.INDEPENDENT_PERSON_IS_INVESTIGATOR,
                        "the Independent Person cannot also be the Investigating Officer");
            }
        }
        if (command.role() == InvestigatorRole.INVESTIGATING_OFFICER
                && command.personRef().equals(investigators.get(InvestigatorRole.INDEPENDENT_PERSON))) {
            throw new ComplaintRuleViolation(RuleCode.INDEPENDENT_PERSON_IS_INVESTIGATOR,
                    "the Investigating Officer cannot also be the Independent Person");
        }
        boolean lastToBeAppointed = roles.stream().allMatch(role -> role == command.role() || investigators.containsKey(role));
        apply(new InvestigatorAppointed(complaintId, tenantId, command.appointedAt(), appointedOn, command.role(),
                command.personRef(), lastToBeAppointed ? List.of("INVESTIGATOR_APPOINTMENT") : List.of()));
    }

    @CommandHandler
    public void handle(SubmitInvestigationReport command, DueDates dueDates) {
        LocalDate submittedOn = onOrAfterLastEvent(command.submittedAt());
        requireRunningComplaint();
        requireInvestigation(dueDates);
        if (!investigators.containsKey(command.author())) {
            throw new ComplaintRuleViolation(RuleCode.INVESTIGATOR_NOT_APPOINTED,
                    "no " + command.author() + " has been appointed to write this report");
        }
        List<DueDate> deadlines = List.of();
        List<String> completed;
        if (command.author() == InvestigatorRole.INDEPENDENT_PERSON) {
            completed = List.of("INDEPENDENT_PERSON_REPORT");
        } else if (command.kind() == ReportKind.DRAFT) {
            completed = List.of("INVESTIGATION_REPORT");
            deadlines = dueDates.clocksStartingOn(profile, stage, ClockStart.DRAFT_REPORT_RECEIVED, command.submittedAt());
        } else {
            completed = List.of("INVESTIGATION_REPORT", "FACTUAL_ACCURACY_CHECK");
            deadlines = dueDates.clocksStartingOn(profile, stage, ClockStart.FINAL_REPORT_RECEIVED, command.submittedAt());
        }
        apply(new InvestigationReportSubmitted(complaintId, tenantId, command.submittedAt(), submittedOn, command.kind(),
                command.author(), deadlines, completed.stream().filter(step -> clocks.containsKey(stage + ":" + step)).toList()));
    }

    /** The panel has the size and independence the profile states, one chair, and not the Stage 2 Independent Person. */
    @CommandHandler
    public void handle(ConvenePanel command, DueDates dueDates) {
        LocalDate convenedOn = onOrAfterLastEvent(command.convenedAt());
        requireRunningComplaint();
        Panel panel = dueDates.panel(profile, stage).orElseThrow(() -> new ComplaintRuleViolation(RuleCode.NO_PANEL_AT_STAGE,
                "Stage " + stage + " has no review panel"));
        List<PanelMember> members = command.members();
        long chairs = members.stream().filter(PanelMember::chair).count();
        long independent = members.stream().filter(PanelMember::independent).count();
        if (chairs != 1 || members.stream().map(PanelMember::personRef).distinct().count() != members.size()
                || (panel.members() != null && members.size() != panel.members())
                || (panel.independentMembers() != null && independent < panel.independentMembers())) {
            throw new ComplaintRuleViolation(RuleCode.PANEL_COMPOSITION, "the panel must be: " + panel.composition()
                    + " (" + (panel.members() == null ? "" : panel.members() + " members, ")
                    + (panel.independentMembers() == null ? "" : panel.independentMembers() + " independent, ")
                    + "one chair, each once)");
        }
        if (stageTwoIndependentPerson != null
                && members.stream().anyMatch(member -> member.personRef().equals(stageTwoIndependentPerson))) {
            throw new ComplaintRuleViolation(RuleCode.INDEPENDENT_PERSON_ON_PANEL,
                    "the Independent Person of the Stage 2 investigation may not sit on the panel");
        }
        LocalDate meetingOn = command.meetingOn();
        if (meetingOn != null && meetingOn.isBefore(convenedOn)) {
            throw new ComplaintRuleViolation(RuleCode.PANEL_MEETING_BEFORE_CONVENING,
                    "a panel convened on " + convenedOn + " cannot meet on " + meetingOn);
        }
        apply(new PanelConvened(complaintId, tenantId, command.convenedAt(), convenedOn, List.copyOf(members),
                completedOf("PANEL_ORGANISED", "PANEL_APPOINTED"), meetingOn));
    }

    @CommandHandler
    public void handle(HoldPanel command, DueDates dueDates) {
        LocalDate heldOn = onOrAfterLastEvent(command.heldAt());
        requireRunningComplaint();
        if (!panelConvened) {
            throw new ComplaintRuleViolation(RuleCode.PANEL_NOT_CONVENED, "the panel has not been convened");
        }
        apply(new PanelHeld(complaintId, tenantId, command.heldAt(), heldOn,
                dueDates.clocksStartingOn(profile, stage, ClockStart.PANEL_MET, command.heldAt()), completedOf("PANEL_HELD")));
    }

    @CommandHandler
    public void handle(IssuePanelFindings command, DueDates dueDates) {
        LocalDate receivedOn = onOrAfterLastEvent(command.receivedAt());
        requireRunningComplaint();
        if (!panelHeld) {
            throw new ComplaintRuleViolation(RuleCode.PANEL_NOT_HELD, "the panel has not met");
        }
        requireFindings(command.findings());
        apply(new PanelFindingsIssued(complaintId, tenantId, command.receivedAt(), receivedOn, List.copyOf(command.findings()),
                dueDates.clocksStartingOn(profile, stage, ClockStart.PANEL_FINDINGS_RECEIVED, command.receivedAt()),
                completedOf("PANEL_FINDINGS", "PANEL_INITIAL_RESPONSE")));
    }

    @CommandHandler
    public void handle(SuspendComplaint command, DueDates dueDates) {
        LocalDate suspendedOn = onOrAfterLastEvent(command.suspendedAt());
        requireRunningComplaint();
        if (!dueDates.recognises(profile, command.ground())) {
            throw new ComplaintRuleViolation(RuleCode.SUSPENSION_GROUND_NOT_RECOGNISED,
                    "the procedure does not put complaints on hold for " + command.ground());
        }
        List<PausedDueDate> paused = clocks.values().stream().map(clock -> dueDates.pause(profile, clock, suspendedOn)).toList();
        apply(new ComplaintSuspended(complaintId, tenantId, command.suspendedAt(), suspendedOn, command.ground(), paused));
    }

    @CommandHandler
    public void handle(ResumeComplaint command, DueDates dueDates) {
        LocalDate resumedOn = onOrAfterLastEvent(command.resumedAt());
        requireOpen();
        SuspendedClocks hold = suspended;
        if (hold == null) {
            throw new ComplaintRuleViolation(RuleCode.NOT_SUSPENDED, "complaint " + complaintId + " is not on hold");
        }
        List<DueDate> restarted = hold.paused().stream()
                .map(paused -> dueDates.resume(profile, paused, hold.suspendedOn(), resumedOn))
                .toList();
        apply(new ComplaintResumed(complaintId, tenantId, command.resumedAt(), resumedOn, restarted));
    }

    @CommandHandler
    public void handle(WithdrawComplaint command, PersonalDataKeys keys) {
        LocalDate withdrawnOn = onOrAfterLastEvent(command.withdrawnAt());
        requireOpen();
        apply(new ComplaintWithdrawn(complaintId, tenantId, command.withdrawnAt(), withdrawnOn, stage,
                keys.seal(complaintId, command.reason())));
    }

    /**
     * Cambridgeshire: "We cannot share information with you to which you are not entitled, without the explicit,
     * signed consent of the person to whom the information belongs."
     */
    @CommandHandler
    public void handle(RecordSharingConsent command) {
        LocalDate recordedOn = onOrAfterLastEvent(command.recordedAt());
        requireOpen();
        if (!sharingRestricted) {
            throw new ComplaintRuleViolation(RuleCode.CONSENT_NOT_NEEDED,
                    "nothing in the procedure limits what this complainant may be told");
        }
        if (!command.signed()) {
            throw new ComplaintRuleViolation(RuleCode.CONSENT_NOT_SIGNED, "the procedure asks for explicit, signed consent");
        }
        apply(new SharingConsentRecorded(complaintId, tenantId, command.givenBy(), command.recordedAt(), recordedOn));
    }

    /**
     * Telford &amp; Wrekin: the Ombudsman "After Stage Three (statutory) or Stage Two (corporate), or to consider a
     * refusal on time-limit grounds"; BCP: "it may decide to look into your complaint anyway". Usually after the
     * procedure ended, possibly before: a body the profile signposts, one referral at a time; the procedure's own
     * clocks, if any still run, go on.
     */
    @CommandHandler
    public void handle(ReferToOmbudsman command, DueDates dueDates) {
        LocalDate referredOn = onOrAfterLastEvent(command.referredAt());
        requireComplaint();
        if (ombudsmanReferral != null) {
            throw new ComplaintRuleViolation(RuleCode.OMBUDSMAN_REFERRAL_PENDING,
                    "the referral to " + ombudsmanReferral + " awaits its outcome");
        }
        List<ExternalBody> signposted = dueDates.signposts(profile);
        if (!signposted.contains(command.body())) {
            throw new ComplaintRuleViolation(RuleCode.BODY_NOT_SIGNPOSTED,
                    "the procedure names " + signposted + " for complainants to go to, not " + command.body());
        }
        apply(new ReferredToOmbudsman(complaintId, tenantId, command.referredAt(), referredOn, command.body(), stage, closed));
    }

    @CommandHandler
    public void handle(RecordOmbudsmanOutcome command) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        ExternalBody body = ombudsmanReferral;
        if (body == null) {
            throw new ComplaintRuleViolation(RuleCode.NO_OMBUDSMAN_REFERRAL,
                    "complaint " + complaintId + " awaits no Ombudsman's decision");
        }
        apply(new OmbudsmanOutcomeRecorded(complaintId, tenantId, command.decidedAt(), decidedOn, body, command.outcome()));
    }

    /** A change agreed because of the complaint (GLOSSARY: learning action), tracked to completion, before or after closure. */
    @CommandHandler
    public void handle(RecordLearningAction command, PersonalDataKeys keys) {
        LocalDate recordedOn = onOrAfterLastEvent(command.recordedAt());
        requireComplaint();
        if (learningActions.containsKey(command.actionId())) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_ACTION_ALREADY_RECORDED,
                    "learning action " + command.actionId() + " has been recorded");
        }
        LocalDate dueOn = command.dueOn();
        if (dueOn != null && dueOn.isBefore(recordedOn)) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_ACTION_DUE_BEFORE_RECORDED,
                    "a learning action recorded on " + recordedOn + " cannot be due on " + dueOn);
        }
        apply(new LearningActionRecorded(complaintId, tenantId, command.actionId(), command.recordedAt(), recordedOn,
                keys.seal(complaintId, command.action()), dueOn));
    }

    @CommandHandler
    public void handle(CompleteLearningAction command) {
        LocalDate completedOn = onOrAfterLastEvent(command.completedAt());
        LearningAction action = learningActions.get(command.actionId());
        if (action == null) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_ACTION_UNKNOWN,
                    "complaint " + complaintId + " has no learning action " + command.actionId());
        }
        if (action.completed()) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_ACTION_ALREADY_COMPLETED,
                    "learning action " + command.actionId() + " has been carried out");
        }
        apply(new LearningActionCompleted(complaintId, tenantId, command.actionId(), command.completedAt(), completedOn,
                action.dueOn()));
    }

    /**
     * Telford &amp; Wrekin (TW-A16 (a)): "Within a month of the final resolution of complaints which have passed to
     * Stages 2 or 3, the Customer Relationship Team will convene and chair a Learning Opportunity Meeting": once per
     * complaint, after the response of the last stage it reached.
     */
    @CommandHandler
    public void handle(HoldLearningMeeting command, DueDates dueDates) {
        LocalDate heldOn = onOrAfterLastEvent(command.heldAt());
        requireComplaint();
        LearningMeeting meeting = dueDates.learningMeeting(profile).orElseThrow(() -> new ComplaintRuleViolation(
                RuleCode.LEARNING_MEETING_NOT_IN_PROCEDURE, "the procedure holds no learning meeting"));
        if (learningMeetingHeld) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_MEETING_ALREADY_HELD, "one learning meeting per complaint");
        }
        LocalDate finalResponseSentOn = previousStageDates.get(ClockStart.PREVIOUS_RESPONSE_SENT);
        if (stage < 2 || !stageResponded || finalResponseSentOn == null) {
            throw new ComplaintRuleViolation(RuleCode.LEARNING_MEETING_NOT_DUE,
                    "the learning meeting follows the final response of a complaint that passed to Stage 2 or 3");
        }
        apply(new LearningMeetingHeld(complaintId, tenantId, command.heldAt(), heldOn, meeting.dueAfter(finalResponseSentOn),
                meeting.rule()));
        apply(new FollowUpDone(complaintId, tenantId, command.heldAt(), heldOn, DueDate.LEARNING_MEETING));
    }

    /**
     * Telford &amp; Wrekin: measures must be "consistent, proportionate to the concerns, time-limited and subject to
     * review at least annually"; Cambridgeshire: the manager writes with "the duration of that action" (CAM-A16: no
     * review period). Only where the profile has such measures, on an open complaint.
     */
    @CommandHandler
    public void handle(ImposeBehaviourMeasure command, DueDates dueDates, PersonalDataKeys keys) {
        LocalDate imposedOn = onOrAfterLastEvent(command.imposedAt());
        requireOpen();
        BehaviourPolicy policy = dueDates.unreasonableBehaviour(profile).orElseThrow(() -> new ComplaintRuleViolation(
                RuleCode.UNREASONABLE_BEHAVIOUR_NOT_IN_PROCEDURE, "the procedure states no unreasonable-behaviour measures"));
        if (behaviourMeasures.containsKey(command.measureId())) {
            throw new ComplaintRuleViolation(RuleCode.MEASURE_ALREADY_IMPOSED, "measure " + command.measureId() + " has been imposed");
        }
        if (!command.endsOn().isAfter(imposedOn)) {
            throw new ComplaintRuleViolation(RuleCode.MEASURE_NOT_TIME_LIMITED,
                    "a measure imposed on " + imposedOn + " must end on a later day, not " + command.endsOn());
        }
        LocalDate reviewDue = policy.reviewDue(imposedOn, command.endsOn());
        apply(new BehaviourMeasureImposed(complaintId, tenantId, command.measureId(), command.imposedAt(), imposedOn,
                keys.seal(complaintId, command.measure()), command.endsOn(), reviewDue, policy.rule()));
        if (reviewDue != null) {
            apply(new FollowUpScheduled(complaintId, tenantId, command.imposedAt(), policy.reviewClock(command.measureId(), reviewDue)));
        }
    }

    /** A review keeps the measure to a new end, or ends it on the day; the next review counts from this one. */
    @CommandHandler
    public void handle(ReviewBehaviourMeasure command, DueDates dueDates) {
        LocalDate reviewedOn = onOrAfterLastEvent(command.reviewedAt());
        requireOpen();
        LocalDate endsOn = behaviourMeasures.get(command.measureId());
        if (endsOn == null) {
            throw new ComplaintRuleViolation(RuleCode.MEASURE_UNKNOWN,
                    "complaint " + complaintId + " has no measure " + command.measureId());
        }
        if (endsOn.isBefore(reviewedOn)) {
            throw new ComplaintRuleViolation(RuleCode.MEASURE_ENDED, "measure " + command.measureId() + " ended on " + endsOn);
        }
        if (command.endsOn().isBefore(reviewedOn)) {
            throw new ComplaintRuleViolation(RuleCode.MEASURE_NOT_TIME_LIMITED,
                    "a measure reviewed on " + reviewedOn + " ends that day at the earliest, not " + command.endsOn());
        }
        Optional<BehaviourPolicy> policy = dueDates.unreasonableBehaviour(profile);
        LocalDate nextReview = policy.map(p -> p.reviewDue(reviewedOn, command.endsOn())).orElse(null);
        apply(new BehaviourMeasureReviewed(complaintId, tenantId, command.measureId(), command.reviewedAt(), reviewedOn,
                command.endsOn(), nextReview));
        if (policy.map(BehaviourPolicy::review).isPresent()) {
            apply(new FollowUpDone(complaintId, tenantId, command.reviewedAt(), reviewedOn,
                    DueDate.measureReview(command.measureId())));
        }
        if (nextReview != null) {
            apply(new FollowUpScheduled(complaintId, tenantId, command.reviewedAt(),
                    policy.orElseThrow().reviewClock(command.measureId(), nextReview)));
        }
    }

    /**
     * Cambridgeshire: "If we do not hear from you within 20 working days, your complaint will be closed." Where
     * the profile keeps the case open instead, a later request goes to the complaints manager; nothing happens now.
     */
    @CommandHandler
    public void handle(LapseRequestWindow command, DueDates dueDates) {
        boolean stillWaiting = !closed && suspended == null && stageResponded && command.stage() == stage + 1
                && lateRequestForStage == null;
        if (stillWaiting && dueDates.lapseOf(profile, command.stage()) == Lapse.COMPLAINT_CLOSED) {
            LocalDate lapsedOn = DueDates.dateOf(command.lapsedAt());
            apply(new ComplaintClosed(complaintId, tenantId, command.lapsedAt(),
                    lastEventOn != null && lapsedOn.isBefore(lastEventOn) ? lastEventOn : lapsedOn, stage, lastFindings));
        }
    }

    @CommandHandler
    public void handle(CloseComplaint command) {
        LocalDate closedOn = onOrAfterLastEvent(command.closedAt());
        requireRunningComplaint();
        if (!stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_NOT_RESPONDED,
                    "Stage " + stage + " has not been responded to; a complaint closes after its response");
        }
        apply(new ComplaintClosed(complaintId, tenantId, command.closedAt(), closedOn, stage, lastFindings));
    }

    /**
     * Core Assets keeps "the written record ... for at least three years from the close of the complaint
     * process": once that has run, the complaint's key is destroyed and its personal data with it. A profile
     * that states no retention keeps the record until a manager decides. The history itself stays.
     */
    @CommandHandler
    public void handle(ErasePersonalData command, DueDates dueDates, PersonalDataKeys keys) {
        if (personalDataErased) {
            return; // erased once; a second run of the job (a retry, another instance) changes nothing
        }
        LocalDate finished = finishedOn;
        if (!closed || finished == null) {
            throw new ComplaintRuleViolation(RuleCode.COMPLAINT_NOT_FINISHED,
                    "complaint " + complaintId + " is not closed or withdrawn; its record is kept while it is open");
        }
        Retained retained = dueDates.retention(tenantId, profile.profileId(), profile.profileVersion(), finished)
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.NO_RETENTION_PERIOD, profile.profileId() + "-v"
                        + profile.profileVersion() + " states no retention period; the record is kept until a manager decides"));
        LocalDate erasedOn = DueDates.dateOf(command.erasedAt());
        if (!retained.endedBy(erasedOn)) {
            throw new ComplaintRuleViolation(RuleCode.RETENTION_NOT_ENDED, "the record is kept until " + retained.until()
                    + " under " + retained.rule() + "; it cannot be erased on " + erasedOn);
        }
        apply(new PersonalDataErased(complaintId, tenantId, command.erasedAt(), erasedOn, retained.until(), retained.rule()));
        keys.destroy(complaintId);
    }

    private void escalate(DueDates dueDates, Instant at, LocalDate on) {
        int toStage = stage + 1;
        apply(new ComplaintEscalated(complaintId, tenantId, at, on, stage, toStage, stageClocks(dueDates, toStage, on)));
    }

    /** Clocks of a new stage: those counted from the request, and those counted from the previous stage's dates. */
    private List<DueDate> stageClocks(DueDates dueDates, int toStage, LocalDate requestedOn) {
        List<DueDate> due = new ArrayList<>(dueDates.clocksStartingOn(profile, toStage, ClockStart.REQUEST_RECEIVED, requestedOn));
        due.addAll(dueDates.clocksStartingOn(profile, toStage, ClockStart.REQUEST_ACCEPTED, requestedOn));
        previousStageDates.forEach((trigger, date) -> due.addAll(dueDates.clocksStartingOn(profile, toStage, trigger, date)));
        return due;
    }

    private List<DueDate> restartingClocks(DueDates dueDates, ClockStart trigger, LocalDate on) {
        return dueDates.clocksStartingOn(profile, stage, trigger, on).stream()
                .filter(clock -> clocks.containsKey(clock.key()))
                .filter(clock -> clock.dueOn().isAfter(clocks.get(clock.key()).dueOn()))
                .toList();
    }

    private static void requireFindings(List<Finding> findings) {
        if (findings.isEmpty() || findings.stream().map(Finding::point).distinct().count() != findings.size()) {
            throw new ComplaintRuleViolation(RuleCode.FINDINGS_REQUIRED,
                    "one outcome for each numbered point of complaint");
        }
    }

    private List<InvestigatorRole> requireInvestigation(DueDates dueDates) {
        List<InvestigatorRole> roles = dueDates.investigationRoles(profile, stage);
        if (roles.isEmpty()) {
            throw new ComplaintRuleViolation(RuleCode.NO_INVESTIGATION_AT_STAGE, "Stage " + stage + " has no investigation");
        }
        return roles;
    }

    /** The running clocks of this stage among the steps an event completes. */
    private List<String> completedOf(String... steps) {
        return Arrays.stream(steps).filter(step -> clocks.containsKey(stage + ":" + step)).toList();
    }

    private LocalDate onOrAfterLastEvent(Instant at) {
        LocalDate on = DueDates.dateOf(at);
        if (lastEventOn != null && on.isBefore(lastEventOn)) {
            throw new ComplaintRuleViolation(RuleCode.BEFORE_PREVIOUS_EVENT,
                    "dated " + on + ", before the complaint's last recorded event on " + lastEventOn);
        }
        return on;
    }

    private void requireOpen() {
        if (closed) {
            throw new ComplaintRuleViolation(RuleCode.COMPLAINT_CLOSED, "complaint " + complaintId + " is closed");
        }
        requireComplaint();
    }

    /** A complaint, open or closed: compliments, comments and enquiries are answered on their own simpler track. */
    private void requireComplaint() {
        if (feedbackType != FeedbackType.COMPLAINT) {
            throw new ComplaintRuleViolation(RuleCode.NOT_A_COMPLAINT,
                    "a " + feedbackType + " has no stages; only complaints go through the procedure");
        }
    }

    private void requireRunningComplaint() {
        requireOpen();
        if (suspended != null) {
            throw new ComplaintRuleViolation(RuleCode.COMPLAINT_SUSPENDED,
                    "complaint " + complaintId + " is on hold since " + suspended.suspendedOn());
        }
    }

    /** Whether the procedure considers the complaint at all is decided on it as received, before it is answered. */
    private void requireBeforeStageOneResponse(String decision) {
        if (stage != 1) {
            throw new ComplaintRuleViolation(RuleCode.WRONG_STAGE,
                    decision + " is decided at Stage 1; the complaint is at Stage " + stage);
        }
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED,
                    decision + " is decided before the Stage 1 response, which has been sent");
        }
    }

    private void requireCurrentStage(int requested) {
        if (requested != stage) {
            throw new ComplaintRuleViolation(RuleCode.WRONG_STAGE, "the complaint is at Stage " + stage + ", not " + requested);
        }
    }

    @EventSourcingHandler
    void on(ComplaintReceived event) {
        complaintId = event.complaintId();
        tenantId = event.tenantId();
        profile = new ProfileRef(event.tenantId(), event.profileId(), event.profileVersion(), event.route());
        feedbackType = event.feedbackType();
        channel = event.complainant().preferredContact();
        receivedOn = event.receivedOn();
        anonymous = event.anonymous();
        acknowledgementRequired = event.acknowledgementRequired();
        acknowledgementDueOn = event.acknowledgementDueOn();
        stage = 1;
        stageStartedOn = event.receivedOn();
        lastEventOn = event.receivedOn();
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(InformationSharingRestricted event) {
        sharingRestricted = true;
    }

    @EventSourcingHandler
    void on(SharingConsentRecorded event) {
        sharingRestricted = false;
        lastEventOn = event.recordedOn();
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(AdvocateAssigned event) {
        lastEventOn = event.assignedOn();
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(SufficientInterestDecided event) {
        lastEventOn = event.decidedOn();
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(TimeLimitDecided event) {
        lastEventOn = event.decidedOn();
        timeLimitDecided = true;
        if (!event.accepted()) {
            finish(event.decidedOn());
        }
    }

    @EventSourcingHandler
    void on(ComplaintExcluded event) {
        lastEventOn = event.excludedOn();
        if (event.wholeComplaint()) {
            finish(event.excludedOn());
        }
    }

    @EventSourcingHandler
    void on(ReferredToOmbudsman event) {
        lastEventOn = event.referredOn();
        ombudsmanReferral = event.body();
    }

    @EventSourcingHandler
    void on(OmbudsmanOutcomeRecorded event) {
        lastEventOn = event.decidedOn();
        ombudsmanReferral = null;
    }

    @EventSourcingHandler
    void on(DirectEscalationAgreed event) {
        lastEventOn = event.agreedOn();
    }

    @EventSourcingHandler
    void on(LearningActionRecorded event) {
        lastEventOn = event.recordedOn();
        learningActions.put(event.actionId(), new LearningAction(event.dueOn(), false));
    }

    @EventSourcingHandler
    void on(LearningActionCompleted event) {
        lastEventOn = event.completedOn();
        learningActions.put(event.actionId(), new LearningAction(event.dueOn(), true));
    }

    @EventSourcingHandler
    void on(LearningMeetingHeld event) {
        lastEventOn = event.heldOn();
        learningMeetingHeld = true;
    }

    @EventSourcingHandler
    void on(BehaviourMeasureImposed event) {
        lastEventOn = event.imposedOn();
        behaviourMeasures.put(event.measureId(), event.endsOn());
    }

    @EventSourcingHandler
    void on(BehaviourMeasureReviewed event) {
        lastEventOn = event.reviewedOn();
        behaviourMeasures.put(event.measureId(), event.endsOn());
    }

    @EventSourcingHandler
    void on(StageExtended event) {
        run(event.deadline());
    }

    @EventSourcingHandler
    void on(StageResponded event) {
        lastEventOn = event.respondedOn();
        stageResponded = true;
        lastFindings = event.findings();
        clocks.clear();
        previousStageDates = new EnumMap<>(ClockStart.class);
        previousStageDates.put(ClockStart.PREVIOUS_RESPONSE_SENT, event.respondedOn());
        if (event.responseDueOn() != null) {
            previousStageDates.put(ClockStart.PREVIOUS_RESPONSE_DUE, event.responseDueOn());
        }
        if (event.nextStageWindow() != null) {
            run(event.nextStageWindow());
        }
    }

    @EventSourcingHandler
    void on(EscalationRequested event) {
        lastEventOn = event.requestedOn();
        if (!event.inTime()) {
            lateRequestForStage = event.toStage();
        }
    }

    @EventSourcingHandler
    void on(LateEscalationDecided event) {
        lateRequestForStage = null;
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        lastEventOn = event.escalatedOn();
        stage = event.toStage();
        stageStartedOn = event.escalatedOn();
        stageResponded = false;
        investigators = new EnumMap<>(InvestigatorRole.class);
        panelConvened = false;
        panelHeld = false;
        clocks.clear();
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(WrittenStatementAgreed event) {
        lastEventOn = event.agreedOn();
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(InvestigatorAppointed event) {
        lastEventOn = event.appointedOn();
        investigators.put(event.role(), event.personRef());
        if (event.role() == InvestigatorRole.INDEPENDENT_PERSON) {
            stageTwoIndependentPerson = event.personRef();
        }
        event.stepsCompleted().forEach(step -> clocks.remove(stage + ":" + step));
    }

    @EventSourcingHandler
    void on(InvestigationReportSubmitted event) {
        lastEventOn = event.submittedOn();
        event.stepsCompleted().forEach(step -> clocks.remove(stage + ":" + step));
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(PanelConvened event) {
        lastEventOn = event.convenedOn();
        panelConvened = true;
        event.stepsCompleted().forEach(step -> clocks.remove(stage + ":" + step));
    }

    @EventSourcingHandler
    void on(PanelHeld event) {
        lastEventOn = event.heldOn();
        panelHeld = true;
        event.stepsCompleted().forEach(step -> clocks.remove(stage + ":" + step));
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(PanelFindingsIssued event) {
        lastEventOn = event.receivedOn();
        event.stepsCompleted().forEach(step -> clocks.remove(stage + ":" + step));
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(ComplaintSuspended event) {
        lastEventOn = event.suspendedOn();
        suspended = new SuspendedClocks(event.suspendedOn(), event.ground(), event.paused());
        clocks.clear();
    }

    @EventSourcingHandler
    void on(ComplaintResumed event) {
        lastEventOn = event.resumedOn();
        suspended = null;
        event.deadlines().forEach(this::run);
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        lastEventOn = event.withdrawnOn();
        finishedOn = event.withdrawnOn();
        closed = true;
        clocks.clear();
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        lastEventOn = event.closedOn();
        finishedOn = event.closedOn();
        closed = true;
        clocks.clear();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    /** The complaint ends without a response: every clock stops for good, and its retention counts from today. */
    private void finish(LocalDate on) {
        finishedOn = on;
        closed = true;
        clocks.clear();
    }

    private void run(DueDate clock) {
        clocks.put(clock.key(), clock);
    }

    private record LearningAction(@Nullable LocalDate dueOn, boolean completed) {
    }

    /** The clocks stopped by a suspension, as they were on its day. */
    private record SuspendedClocks(LocalDate suspendedOn, SuspensionGround ground, List<PausedDueDate> paused) {
    }

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Complaint() {
    }
}
