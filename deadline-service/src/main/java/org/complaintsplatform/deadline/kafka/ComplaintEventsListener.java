package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.AdvocateAssigned;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.FollowUpDone;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.PausedDueDate;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SufficientInterestDecided;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.complaint.WrittenStatementAgreed;
import org.complaintsplatform.contracts.deadline.CancellationReason;
import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.api.Strictness;
import org.complaintsplatform.deadline.command.DeadlineTimer;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns complaint events into deadlines: the due dates come from the events (workflow-service computed
 * them once) and are never recomputed here. Each record's effects (rows, timers, outbox, processed id)
 * commit together or not at all. A clock is identified by (complaint, stage, step); a later due date for
 * the same clock replaces the earlier one.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "deadline-service";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final DeadlineRepository deadlines;
    private final DeadlineTimer timer;
    private final DeadlineEvents events;
    private final Procedures procedures;
    private final Clock clock;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, DeadlineRepository deadlines,
                            DeadlineTimer timer, DeadlineEvents events, Procedures procedures, Clock clock) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.deadlines = deadlines;
        this.timer = timer;
        this.events = events;
        this.procedures = procedures;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        String ceId = event.getId();
        switch (codec.decode(event)) {
            case ComplaintReceived e -> received(e, ceId);
            case ComplaintAcknowledged e -> meet(e.complaintId(), 1, Deadline.ACKNOWLEDGEMENT, e.acknowledgedOn(), ceId);
            case AdvocateAssigned e -> e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            case SufficientInterestDecided e -> e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            case StageExtended e -> extended(e, ceId);
            case StageResponded e -> responded(e, ceId);
            case EscalationRequested e -> meet(e.complaintId(), e.toStage(), Deadline.REQUEST_WINDOW, e.requestedOn(), ceId);
            case ComplaintEscalated e -> escalated(e, ceId);
            case ComplaintSuspended e -> suspended(e, ceId);
            case ComplaintResumed e -> resumed(e, ceId);
            case ComplaintWithdrawn e -> cancelAll(e.complaintId(), e.withdrawnOn(), CancellationReason.WITHDRAWN, ceId);
            case ComplaintClosed e -> cancelAll(e.complaintId(), e.closedOn(), CancellationReason.CLOSED, ceId);
            case FollowUpScheduled e -> set(e.tenantId(), e.complaintId(), e.dueDate(), ceId);
            case FollowUpDone e -> meetSteps(e.complaintId(), List.of(e.step()), e.doneOn(), ceId);
            case TimeLimitDecided e when !e.accepted() ->
                    cancelAll(e.complaintId(), e.decidedOn(), CancellationReason.TIME_LIMIT_REFUSED, ceId);
            case ComplaintExcluded e when e.wholeComplaint() ->
                    cancelAll(e.complaintId(), e.excludedOn(), CancellationReason.EXCLUDED, ceId);
            case WrittenStatementAgreed e -> e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            case InvestigatorAppointed e -> meetSteps(e.complaintId(), e.stepsCompleted(), e.appointedOn(), ceId);
            case IndependentPersonAppointed e -> meetSteps(e.complaintId(), e.stepsCompleted(), e.appointedOn(), ceId);
            case InvestigationReportSubmitted e -> {
                meetSteps(e.complaintId(), e.stepsCompleted(), e.submittedOn(), ceId);
                e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            }
            case PanelConvened e -> meetSteps(e.complaintId(), e.stepsCompleted(), e.convenedOn(), ceId);
            case PanelHeld e -> {
                meetSteps(e.complaintId(), e.stepsCompleted(), e.heldOn(), ceId);
                e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            }
            case PanelFindingsIssued e -> {
                meetSteps(e.complaintId(), e.stepsCompleted(), e.receivedOn(), ceId);
                e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
            }
            default -> { }
        }
    }

    /** Without an acknowledgement due date (anonymous, not acknowledged by the procedure, no timescale) there is no clock. */
    private void received(ComplaintReceived e, String ceId) {
        LocalDate acknowledgementDueOn = e.acknowledgementDueOn();
        if (acknowledgementDueOn != null) {
            String rule = e.profileId() + "-v" + e.profileVersion() + "#acknowledgement";
            Deadline acknowledgement = new Deadline(deadlineId(e.complaintId(), 1, Deadline.ACKNOWLEDGEMENT), e.tenantId(),
                    e.complaintId(), 1, Deadline.ACKNOWLEDGEMENT, null, rule, acknowledgementDueOn, DeadlineStatus.OPEN, null, null);
            start(acknowledgement, ceId);
            events.set(acknowledgement, ceId);
        }
        e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
    }

    private void set(String tenantId, UUID complaintId, DueDate due, String ceId) {
        Deadline deadline = deadline(tenantId, complaintId, due);
        start(deadline, ceId);
        events.set(deadline, ceId);
    }

    private void extended(StageExtended e, String ceId) {
        Deadline deadline = deadline(e.tenantId(), e.complaintId(), e.deadline());
        Optional<Deadline> previous = start(deadline, ceId);
        if (previous.isPresent()) {
            events.extended(deadline, previous.get().dueOn(), ceId);
        } else {
            events.set(deadline, ceId);
        }
    }

    /** The response meets the stage's RESPONSE clock and ends its others; a window for the next stage may open. */
    private void responded(StageResponded e, String ceId) {
        meet(e.complaintId(), e.stage(), Deadline.RESPONSE, e.respondedOn(), ceId);
        cancel(deadlines.cancelRunning(e.complaintId(), e.stage(), e.stage(), e.respondedOn()), e.respondedOn(),
                CancellationReason.STAGE_RESPONDED, ceId);
        DueDate window = e.nextStageWindow();
        if (window != null) {
            set(e.tenantId(), e.complaintId(), window, ceId);
        }
    }

    /** Every earlier clock is finished; the new stage's clocks start. */
    private void escalated(ComplaintEscalated e, String ceId) {
        cancel(deadlines.cancelRunning(e.complaintId(), 1, e.toStage() - 1, e.escalatedOn()), e.escalatedOn(),
                CancellationReason.ESCALATED, ceId);
        e.deadlines().forEach(due -> set(e.tenantId(), e.complaintId(), due, ceId));
    }

    /** Every running clock stops, with the working days left that the suspension computed for it. */
    private void suspended(ComplaintSuspended e, String ceId) {
        for (Deadline open : deadlines.openOf(e.complaintId())) {
            @Nullable Integer left = e.paused().stream()
                    .filter(paused -> paused.dueDate().stage() == open.stage() && paused.dueDate().step().equals(open.step()))
                    .map(PausedDueDate::workingDaysLeft)
                    .findFirst()
                    .orElse(null);
            deadlines.markPaused(open.id(), e.suspendedOn(), left).ifPresent(paused -> {
                timer.stop(paused.id());
                events.paused(paused, e.suspendedOn(), ceId);
            });
        }
    }

    /** The restarted clocks arrive with their new due dates. */
    private void resumed(ComplaintResumed e, String ceId) {
        for (DueDate due : e.deadlines()) {
            Deadline deadline = deadline(e.tenantId(), e.complaintId(), due);
            Optional<Deadline> previous = start(deadline, ceId);
            if (previous.isPresent() && previous.get().status() == DeadlineStatus.PAUSED) {
                events.resumed(deadline, previous.get().dueOn(), e.resumedOn(), ceId);
            } else {
                events.set(deadline, ceId);
            }
        }
    }

    /**
     * Every running clock of the complaint, its stage-0 clocks (measure reviews) included; a closure leaves the
     * learning meeting running, as it follows the final resolution.
     */
    private void cancelAll(UUID complaintId, LocalDate on, CancellationReason reason, String ceId) {
        cancel(deadlines.cancelRunning(complaintId, 0, Integer.MAX_VALUE,
                reason == CancellationReason.CLOSED ? FollowUpScheduled.LEARNING_MEETING : null, on), on, reason, ceId);
    }

    private void cancel(List<Deadline> cancelled, LocalDate on, CancellationReason reason, String ceId) {
        cancelled.forEach(deadline -> {
            timer.stop(deadline.id());
            events.cancelled(deadline, on, reason, ceId);
        });
    }

    /** The running clocks an event answered: earlier stages' clocks are already finished, so the step names them. */
    private void meetSteps(UUID complaintId, List<String> steps, LocalDate on, String ceId) {
        deadlines.openOf(complaintId).stream()
                .filter(open -> steps.contains(open.step()))
                .forEach(open -> meet(complaintId, open.stage(), open.step(), on, ceId));
    }

    /** A step after its due date still meets it: {@code metOn > dueOn} says it was late. */
    private void meet(UUID complaintId, int stage, String step, LocalDate on, String ceId) {
        deadlines.markMet(complaintId, stage, step, on).ifPresent(deadline -> {
            timer.stop(deadline.id());
            events.met(deadline, ceId);
        });
    }

    /** Stores the clock (replacing an earlier due date of the same clock) and (re)starts its timers; returns what it replaced. */
    private Optional<Deadline> start(Deadline deadline, String ceId) {
        Optional<Deadline> previous = deadlines.find(deadline.complaintId(), deadline.stage(), deadline.step());
        deadlines.upsert(deadline, clock.instant(), ceId);
        timer.restart(deadline.id(), deadline.dueOn(), calendar(deadline.tenantId()));
        return previous;
    }

    private WorkingDayCalendar calendar(String tenantId) {
        return procedures.calendar(procedures.tenant(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("unknown tenant " + tenantId)));
    }

    private static Deadline deadline(String tenantId, UUID complaintId, DueDate due) {
        return new Deadline(deadlineId(complaintId, due.stage(), due.step()), tenantId, complaintId, due.stage(), due.step(),
                Strictness.valueOf(due.strictness().name()), due.rule(), due.dueOn(), DeadlineStatus.OPEN, null, null);
    }

    /**
     * One clock per (complaint, stage, step), so its id follows from them and a replay gets the same id.
     * The acknowledgement keeps the id of the first slice ({@code derivedUuid(<complaint id>, "ACKNOWLEDGEMENT")}).
     */
    static UUID deadlineId(UUID complaintId, int stage, String step) {
        return EventIds.derivedUuid(complaintId.toString(),
                stage == 1 && Deadline.ACKNOWLEDGEMENT.equals(step) ? step : "stage-" + stage + ":" + step);
    }
}
