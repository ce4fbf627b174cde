package org.complaintsplatform.reporting.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
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
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.FollowUpDone;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.ReferredToOmbudsman;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SufficientInterestDecided;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.complaint.WrittenStatementAgreed;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.ReceivedComplaint;
import org.complaintsplatform.reporting.api.ResponseOutcome;
import org.complaintsplatform.reporting.persistence.ProjectionWrites;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code complaint_fact}, {@code stage_fact}, {@code step_fact} and {@code decision_fact} up to date; replayable from offset zero. Due dates are
 * taken from the events, never recomputed.
 * <p>
 * A batch listener, so that a replay writes a whole poll in one transaction of a few statements (a transaction
 * per event spent its time on round trips to PostgreSQL). It keeps what a record listener with
 * kafka-support's error handling does: a record that cannot be read, names an unknown tenant or breaks its
 * contract is dead-lettered at once, one the database refuses after the retries; the records before it are
 * committed first and those after it delivered again, so only that record is lost to the projection.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "reporting-service";
    static final String LISTENER_ID = "reporting-complaint-facts";
    private static final String RESPONSE = "RESPONSE";
    /** The window to ask for the next stage: requests and their decisions are counted from their own events. */
    private static final String REQUEST_WINDOW = "REQUEST_WINDOW";
    private static final LogAccessor LOG = new LogAccessor(ComplaintEventsListener.class);

    private final ProcessedEvents processedEvents;
    private final ComplaintEventDecoder decoder;
    private final RecordInterceptor<Object, Object> knownTenantCheck;
    private final ProjectionWrites writes;
    private final TransactionTemplate transactions;

    ComplaintEventsListener(ProcessedEvents processedEvents, ComplaintEventDecoder decoder,
                            RecordInterceptor<Object, Object> knownTenantCheck, ProjectionWrites writes,
                            TransactionTemplate transactions) {
        this.processedEvents = processedEvents;
        this.decoder = decoder;
        this.knownTenantCheck = knownTenantCheck;
        this.writes = writes;
        this.transactions = transactions;
    }

    /** An event read from its record, at its index in the poll. */
    private record Delivered(int index, String ceId, IntegrationEvent event) {
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.COMPLAINT_EVENTS, batch = "true")
    public void on(List<ConsumerRecord<Object, Object>> records, Consumer<Object, Object> consumer) {
        List<Delivered> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(read(i, records.get(i), consumer));
            } catch (RuntimeException unreadable) {
                // the error handler commits the offsets before this record: commit their effects first
                project(events);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
            }
        }
        project(events);
    }

    /** What a record listener's container and kafka-support's record interceptor check before the listener runs. */
    private Delivered read(int index, ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (!(record.value() instanceof CloudEvent event)) {
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            throw unreadable != null ? unreadable : new ContractViolation("record without a CloudEvent", List.of());
        }
        knownTenantCheck.intercept(record, consumer);
        return new Delivered(index, event.getId(), decoder.decode(event));
    }

    /**
     * Projects the events in one transaction. If the database refuses it, one transaction each finds the event
     * it refuses: those before it stay committed, and the error handler retries from that one.
     */
    private void project(List<Delivered> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> apply(events));
        } catch (RuntimeException batchRefused) {
            for (Delivered event : events) {
                try {
                    transactions.executeWithoutResult(status -> apply(List.of(event)));
                } catch (RuntimeException refused) {
                    throw new BatchListenerFailedException(refused.getMessage(), refused, event.index());
                }
            }
        }
    }

    /** A ce_id met before, in an earlier transaction or earlier in this poll, is a redelivery: no effect. */
    private void apply(List<Delivered> events) {
        Set<String> firstTime = processedEvents.markProcessed(CONSUMER,
                events.stream().map(Delivered::ceId).distinct().toList());
        ProjectionWrites.Batch batch = writes.batch();
        for (Delivered delivered : events) {
            if (firstTime.remove(delivered.ceId())) {
                collect(delivered.ceId(), delivered.event(), batch);
            }
        }
        batch.write();
    }

    private void collect(String ceId, IntegrationEvent event, ProjectionWrites.Batch facts) {
        switch (event) {
            case ComplaintReceived received -> received(received, facts);
            case ComplaintAcknowledged acknowledged -> facts.acknowledged(acknowledged.tenantId(),
                    acknowledged.complaintId(), acknowledged.acknowledgedOn(), acknowledged.acknowledgementDueOn());
            case AdvocateAssigned assigned -> {
                facts.advocateAssigned(assigned.tenantId(), assigned.complaintId(), assigned.assignedOn());
                dueDates(facts, assigned.tenantId(), assigned.complaintId(), assigned.deadlines());
            }
            case SufficientInterestDecided decided -> dueDates(facts, decided.tenantId(), decided.complaintId(), decided.deadlines());
            case StageExtended extended -> dueDate(facts, extended.tenantId(), extended.complaintId(), extended.deadline(), true);
            case StageResponded responded -> facts.responded(responded.tenantId(), responded.complaintId(), responded.stage(),
                    responded.respondedOn(), outcome(responded.findings()).name(), responded.responseDueOn());
            case EscalationRequested requested -> facts.requested(requested.tenantId(), requested.complaintId(),
                    requested.toStage(), requested.requestedOn(), requested.inTime());
            case LateEscalationDecided decided -> facts.lateRequestDecided(decided.tenantId(), decided.complaintId(),
                    decided.toStage(), LocalDate.ofInstant(decided.occurredAt(), WorkingDayCalendar.LONDON), decided.accepted());
            case ComplaintEscalated escalated -> {
                facts.started(escalated.tenantId(), escalated.complaintId(), escalated.toStage(), escalated.escalatedOn());
                dueDates(facts, escalated.tenantId(), escalated.complaintId(), escalated.deadlines());
            }
            case ComplaintSuspended suspended -> facts.suspended(suspended.tenantId(), suspended.complaintId());
            case ComplaintResumed resumed -> {
                facts.resumed(resumed.tenantId(), resumed.complaintId());
                dueDates(facts, resumed.tenantId(), resumed.complaintId(), resumed.deadlines());
            }
            // Stage 2 and 3 clocks that start later (statement agreed, report received, panel met), the RESPONSE among them;
            // the steps these events name were met on their day
            case WrittenStatementAgreed agreed -> dueDates(facts, agreed.tenantId(), agreed.complaintId(), agreed.deadlines());
            case InvestigatorAppointed appointed -> stepsMet(facts, appointed.tenantId(), appointed.complaintId(),
                    appointed.stepsCompleted(), appointed.appointedOn());
            case IndependentPersonAppointed appointed -> stepsMet(facts, appointed.tenantId(), appointed.complaintId(),
                    appointed.stepsCompleted(), appointed.appointedOn());
            case InvestigationReportSubmitted report -> {
                stepsMet(facts, report.tenantId(), report.complaintId(), report.stepsCompleted(), report.submittedOn());
                dueDates(facts, report.tenantId(), report.complaintId(), report.deadlines());
            }
            case PanelConvened convened -> stepsMet(facts, convened.tenantId(), convened.complaintId(), convened.stepsCompleted(),
                    convened.convenedOn());
            case PanelHeld held -> {
                stepsMet(facts, held.tenantId(), held.complaintId(), held.stepsCompleted(), held.heldOn());
                dueDates(facts, held.tenantId(), held.complaintId(), held.deadlines());
            }
            // Telford & Wrekin's learning meeting after a Stage 2 or 3 response, counted as a step of that stage; a
            // behaviour measure's review is a clock of the whole complaint (stage 0), not kept
            case FollowUpScheduled scheduled -> dueDate(facts, scheduled.tenantId(), scheduled.complaintId(), scheduled.dueDate(), false);
            case FollowUpDone done when FollowUpScheduled.LEARNING_MEETING.equals(done.step()) ->
                    facts.stepMet(done.tenantId(), done.complaintId(), done.step(), done.doneOn());
            case PanelFindingsIssued findings -> {
                stepsMet(facts, findings.tenantId(), findings.complaintId(), findings.stepsCompleted(), findings.receivedOn());
                dueDates(facts, findings.tenantId(), findings.complaintId(), findings.deadlines());
            }
            case ComplaintWithdrawn withdrawn -> facts.withdrawn(withdrawn.tenantId(), withdrawn.complaintId(),
                    withdrawn.withdrawnOn(), withdrawn.stage());
            case ComplaintClosed closed -> facts.closed(closed.tenantId(), closed.complaintId(), closed.closedOn(), closed.stage());
            // decisions are rows of their own, keyed by the event: a complaint may be referred to the Ombudsman again
            case TimeLimitDecided decided -> facts.timeLimitDecided(ceId, decided.tenantId(), decided.complaintId(),
                    decided.decidedOn(), decided.accepted());
            case ComplaintExcluded excluded -> facts.excluded(ceId, excluded.tenantId(), excluded.complaintId(),
                    excluded.excludedOn(), excluded.stage(), excluded.ground().name(), excluded.wholeComplaint());
            case ReferredToOmbudsman referred -> facts.referredToOmbudsman(ceId, referred.tenantId(), referred.complaintId(),
                    referred.referredOn(), referred.body().name(), referred.stage(), referred.complaintClosed());
            case OmbudsmanOutcomeRecorded outcome -> facts.ombudsmanDecided(ceId, outcome.tenantId(), outcome.complaintId(),
                    outcome.decidedOn(), outcome.body().name(), outcome.outcome().name());
            default -> { }
        }
    }

    private static void received(ComplaintReceived received, ProjectionWrites.Batch facts) {
        facts.received(new ReceivedComplaint(received.tenantId(), received.complaintId(), received.reference(),
                received.feedbackType().name(), received.route().name(), received.complainantRole().name(),
                received.receivedOn(), received.acknowledgementDueOn()));
        if (received.feedbackType() == FeedbackType.COMPLAINT) {
            facts.started(received.tenantId(), received.complaintId(), 1, received.receivedOn());
        }
        dueDates(facts, received.tenantId(), received.complaintId(), received.deadlines());
    }

    private static void dueDates(ProjectionWrites.Batch facts, String tenantId, UUID complaintId, List<DueDate> deadlines) {
        deadlines.forEach(deadline -> dueDate(facts, tenantId, complaintId, deadline, false));
    }

    /**
     * A RESPONSE due date belongs to the stage's fact, another step's to the step's. Request windows are not kept, nor
     * clocks of the whole complaint (stage 0, such as a behaviour measure's review), which are no stage's step.
     */
    private static void dueDate(ProjectionWrites.Batch facts, String tenantId, UUID complaintId, DueDate deadline, boolean extension) {
        if (RESPONSE.equals(deadline.step())) {
            facts.responseDue(tenantId, complaintId, deadline.stage(), deadline.dueOn(), extension);
        } else if (deadline.stage() >= 1 && !REQUEST_WINDOW.equals(deadline.step())) {
            facts.stepDue(tenantId, complaintId, deadline.stage(), deadline.step(), deadline.dueOn(), extension);
        }
    }

    private static void stepsMet(ProjectionWrites.Batch facts, String tenantId, UUID complaintId, List<String> steps, LocalDate on) {
        steps.forEach(step -> facts.stepMet(tenantId, complaintId, step, on));
    }

    private static ResponseOutcome outcome(List<Finding> findings) {
        return ResponseOutcome.of(findings.stream().map(finding -> finding.outcome().name()).toList());
    }
}
