package org.complaintsplatform.reporting.kafka;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cloudevents.CloudEvent;
import org.apache.kafka.common.TopicPartition;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.AdvocateAssigned;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SufficientInterestDecided;
import org.complaintsplatform.contracts.complaint.WrittenStatementAgreed;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.ReceivedComplaint;
import org.complaintsplatform.reporting.api.ResponseOutcome;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.complaintsplatform.reporting.persistence.StageFactRepository;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code complaint_fact} and {@code stage_fact} up to date; replayable from offset zero. Due dates are
 * taken from the events, never recomputed.
 */
@Component
class ComplaintEventsListener implements ConsumerSeekAware {

    static final String CONSUMER = "reporting-service";
    static final String LISTENER_ID = "reporting-complaint-facts";
    private static final String RESPONSE = "RESPONSE";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final ComplaintFactRepository facts;
    private final StageFactRepository stages;
    /** Set by a rebuild: the next assignment starts at offset zero instead of the committed offsets. */
    private final AtomicBoolean replayFromStart = new AtomicBoolean();

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, ComplaintFactRepository facts,
                            StageFactRepository stages) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.facts = facts;
        this.stages = stages;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        switch (codec.decode(event)) {
            case ComplaintReceived received -> received(received);
            case ComplaintAcknowledged acknowledged -> facts.acknowledged(acknowledged.tenantId(),
                    acknowledged.complaintId(), acknowledged.acknowledgedOn(), acknowledged.acknowledgementDueOn());
            case AdvocateAssigned assigned -> responseDueDates(assigned.tenantId(), assigned.complaintId(), assigned.deadlines());
            case SufficientInterestDecided decided -> responseDueDates(decided.tenantId(), decided.complaintId(), decided.deadlines());
            case StageExtended extended -> {
                if (RESPONSE.equals(extended.deadline().step())) {
                    stages.responseDue(extended.tenantId(), extended.complaintId(), extended.deadline().stage(),
                            extended.deadline().dueOn(), true);
                }
            }
            case StageResponded responded -> stages.responded(responded.tenantId(), responded.complaintId(), responded.stage(),
                    responded.respondedOn(), outcome(responded.findings()).name(), responded.responseDueOn());
            case EscalationRequested requested -> stages.requested(requested.tenantId(), requested.complaintId(),
                    requested.toStage(), requested.requestedOn(), requested.inTime());
            case LateEscalationDecided decided -> stages.lateRequestDecided(decided.tenantId(), decided.complaintId(),
                    decided.toStage(), LocalDate.ofInstant(decided.occurredAt(), WorkingDayCalendar.LONDON), decided.accepted());
            case ComplaintEscalated escalated -> {
                stages.started(escalated.tenantId(), escalated.complaintId(), escalated.toStage(), escalated.escalatedOn());
                responseDueDates(escalated.tenantId(), escalated.complaintId(), escalated.deadlines());
            }
            case ComplaintResumed resumed -> responseDueDates(resumed.tenantId(), resumed.complaintId(), resumed.deadlines());
            // Stage 2 and 3 clocks that start later (statement agreed, report received, panel met) may include the RESPONSE
            case WrittenStatementAgreed agreed -> responseDueDates(agreed.tenantId(), agreed.complaintId(), agreed.deadlines());
            case InvestigationReportSubmitted report -> responseDueDates(report.tenantId(), report.complaintId(), report.deadlines());
            case PanelHeld held -> responseDueDates(held.tenantId(), held.complaintId(), held.deadlines());
            case PanelFindingsIssued findings -> responseDueDates(findings.tenantId(), findings.complaintId(), findings.deadlines());
            case ComplaintWithdrawn withdrawn -> facts.withdrawn(withdrawn.tenantId(), withdrawn.complaintId(),
                    withdrawn.withdrawnOn(), withdrawn.stage());
            case ComplaintClosed closed -> facts.closed(closed.tenantId(), closed.complaintId(), closed.closedOn(), closed.stage());
            default -> { }
        }
    }

    private void received(ComplaintReceived received) {
        facts.received(new ReceivedComplaint(received.tenantId(), received.complaintId(), received.reference(),
                received.feedbackType().name(), received.route().name(), received.complainantRole().name(),
                received.receivedOn(), received.acknowledgementDueOn()));
        if (received.feedbackType() == FeedbackType.COMPLAINT) {
            stages.started(received.tenantId(), received.complaintId(), 1, received.receivedOn());
        }
        responseDueDates(received.tenantId(), received.complaintId(), received.deadlines());
    }

    private void responseDueDates(String tenantId, UUID complaintId, List<DueDate> deadlines) {
        deadlines.stream()
                .filter(deadline -> RESPONSE.equals(deadline.step()))
                .forEach(deadline -> stages.responseDue(tenantId, complaintId, deadline.stage(), deadline.dueOn(), false));
    }

    private static ResponseOutcome outcome(List<Finding> findings) {
        return ResponseOutcome.of(findings.stream().map(finding -> finding.outcome().name()).toList());
    }

    /** Asks for the next assignment to start from offset zero; call only while the listener is stopped. */
    void replayFromStart() {
        replayFromStart.set(true);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (replayFromStart.getAndSet(false)) {
            callback.seekToBeginning(assignments.keySet());
        }
    }
}
