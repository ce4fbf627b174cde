package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineKind;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.command.DeadlineTimer;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the acknowledgement clock when a complaint is received and stops it when the complaint is
 * acknowledged. Each record's effects (row, timer, outbox, processed id) commit together or not at all.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "deadline-service";

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final DeadlineRepository deadlines;
    private final DeadlineTimer timer;
    private final DeadlineEvents events;
    private final Clock clock;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, DeadlineRepository deadlines,
                            DeadlineTimer timer, DeadlineEvents events, Clock clock) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.deadlines = deadlines;
        this.timer = timer;
        this.events = events;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        switch (codec.decode(event)) {
            case ComplaintReceived received -> received(received, event.getId());
            case ComplaintAcknowledged acknowledged -> acknowledged(acknowledged, event.getId());
            default -> { }
        }
    }

    private void received(ComplaintReceived received, String ceId) {
        LocalDate dueOn = received.acknowledgementDueOn();
        if (dueOn == null) {
            return; // not acknowledged (anonymous, or not by this procedure) or without a timescale (BCP): no clock
        }
        Deadline deadline = new Deadline(deadlineId(received.complaintId(), DeadlineKind.ACKNOWLEDGEMENT),
                received.tenantId(), received.complaintId(), DeadlineKind.ACKNOWLEDGEMENT, dueOn, DeadlineStatus.OPEN, null);
        if (!deadlines.insert(deadline, clock.instant(), ceId)) {
            log.info("Complaint {} already has an acknowledgement deadline; {} ignored", received.complaintId(), ceId);
            return;
        }
        timer.start(deadline.id(), dueOn);
        events.set(deadline, ceId);
    }

    /** Without a deadline (none was set: no timescale) there is nothing to meet, whatever the event's due date. */
    private void acknowledged(ComplaintAcknowledged acknowledged, String ceId) {
        deadlines.markMet(acknowledged.complaintId(), DeadlineKind.ACKNOWLEDGEMENT, acknowledged.acknowledgedOn())
                .ifPresent(deadline -> {
                    timer.stop(deadline.id());
                    events.met(deadline, ceId);
                });
    }

    /** One deadline of each kind per complaint, so its id follows from both; a replay gets the same id. */
    static UUID deadlineId(UUID complaintId, DeadlineKind kind) {
        return EventIds.derivedUuid(complaintId.toString(), kind.name());
    }
}
