package org.complaintsplatform.workflow.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.complaintsplatform.procedures.ClockStart;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.AdvocateAssigned;
import org.complaintsplatform.workflow.api.AssignAdvocate;
import org.complaintsplatform.workflow.api.CloseComplaint;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintResumed;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.DecideLateEscalation;
import org.complaintsplatform.workflow.api.DecideSufficientInterest;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.EscalationRequested;
import org.complaintsplatform.workflow.api.ExtendStage;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.PausedDueDate;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.RequestEscalation;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.ResumeComplaint;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.complaintsplatform.workflow.api.SuspendComplaint;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation.RuleCode;
import org.jspecify.annotations.Nullable;

/**
 * A complaint, from receipt to closure, under the procedure profile version it started with. The
 * profile decides which clocks each event starts; the aggregate keeps the ones running and refuses
 * every command that breaks the procedure.
 */
@Aggregate
@Revision("1")
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
    private @Nullable SuspendedClocks suspended;
    /** The clocks running now, by {@link DueDate#key()}. */
    private Map<String, DueDate> clocks = new LinkedHashMap<>();

    @CommandHandler
    public Complaint(RegisterComplaint command, DueDates dueDates) {
        DueDates.Start start = dueDates.start(command.tenantId(), command.feedbackType(), command.routeHint(),
                command.receivedAt());
        // Anonymous complaints are recorded but never acknowledged: no acknowledgement clock starts.
        boolean acknowledgementRequired = !command.anonymous() && start.feedbackRule().acknowledged();
        LocalDate acknowledgementDue = acknowledgementRequired ? start.acknowledgementDueOn() : null;
        List<DueDate> deadlines = command.feedbackType() == FeedbackType.COMPLAINT
                ? dueDates.clocksStartingOn(start.ref(), 1, ClockStart.RECEIPT, start.dayZero())
                : List.of();
        LocalDate latest = deadlines.stream().map(DueDate::dueOn).reduce(start.dayZero(), (a, b) -> a.isAfter(b) ? a : b);
        LocalDate furthest = acknowledgementDue != null && acknowledgementDue.isAfter(latest) ? acknowledgementDue : latest;
        apply(new ComplaintReceived(
                command.complaintId(), command.tenantId(), command.reference(), command.receivedAt(), start.dayZero(),
                command.channel(), command.feedbackType(), start.ref().route(),
                command.anonymous(), acknowledgementRequired, command.complainant(), command.child(), command.summary(),
                command.desiredOutcome(), start.profile().id(), start.profile().version(), acknowledgementDue, deadlines,
                start.calendar().usesProjectedHolidays(start.dayZero(), furthest)));
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
    public void handle(DecideSufficientInterest command, DueDates dueDates) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        requireRunningComplaint();
        List<DueDate> deadlines = command.sufficientInterest()
                ? restartingClocks(dueDates, ClockStart.SUFFICIENT_INTEREST_DECIDED, decidedOn)
                : List.of();
        apply(new SufficientInterestDecided(complaintId, tenantId, command.decidedAt(), decidedOn,
                command.sufficientInterest(), command.reason(), deadlines));
    }

    @CommandHandler
    public void handle(ExtendStage command, DueDates dueDates) {
        onOrAfterLastEvent(command.extendedAt());
        requireRunningComplaint();
        requireCurrentStage(command.stage());
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED,
                    "Stage " + stage + " has been responded to; it can no longer be extended");
        }
        DueDate extended = dueDates.extendResponse(profile, stage, command.condition(), command.workingDays(),
                responseDayZero());
        apply(new StageExtended(complaintId, tenantId, command.extendedAt(), stage, command.condition(), command.reason(),
                extended));
    }

    @CommandHandler
    public void handle(RespondToStage command, DueDates dueDates) {
        LocalDate respondedOn = onOrAfterLastEvent(command.respondedAt());
        requireRunningComplaint();
        requireCurrentStage(command.stage());
        if (stageResponded) {
            throw new ComplaintRuleViolation(RuleCode.STAGE_ALREADY_RESPONDED, "Stage " + stage + " has been responded to");
        }
        if (command.findings().isEmpty()
                || command.findings().stream().map(Finding::point).distinct().count() != command.findings().size()) {
            throw new ComplaintRuleViolation(RuleCode.FINDINGS_REQUIRED,
                    "a response gives one outcome for each numbered point of complaint");
        }
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

    @CommandHandler
    public void handle(DecideLateEscalation command, DueDates dueDates) {
        LocalDate decidedOn = onOrAfterLastEvent(command.decidedAt());
        requireRunningComplaint();
        if (lateRequestForStage == null) {
            throw new ComplaintRuleViolation(RuleCode.NO_LATE_REQUEST_PENDING, "no late request awaits a decision");
        }
        apply(new LateEscalationDecided(complaintId, tenantId, command.decidedAt(), lateRequestForStage, command.accepted(),
                command.reason()));
        if (command.accepted()) {
            escalate(dueDates, command.decidedAt(), decidedOn);
        }
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
    public void handle(WithdrawComplaint command) {
        LocalDate withdrawnOn = onOrAfterLastEvent(command.withdrawnAt());
        requireOpen();
        apply(new ComplaintWithdrawn(complaintId, tenantId, command.withdrawnAt(), withdrawnOn, stage, command.reason()));
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

    private LocalDate responseDayZero() {
        return stageStartedOn;
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
        clocks.clear();
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
        closed = true;
        clocks.clear();
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        lastEventOn = event.closedOn();
        closed = true;
        clocks.clear();
    }

    private void run(DueDate clock) {
        clocks.put(clock.key(), clock);
    }

    /** The clocks stopped by a suspension, as they were on its day. */
    private record SuspendedClocks(LocalDate suspendedOn, SuspensionGround ground, List<PausedDueDate> paused) {
    }

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Complaint() {
    }
}
