package org.complaintsplatform.reporting.kafka;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.reporting.api.ReceivedComplaint;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps {@code complaint_fact} up to date; replayable from offset zero. */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "reporting-service";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final ComplaintFactRepository facts;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, ComplaintFactRepository facts) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        switch (codec.decode(event)) {
            case ComplaintReceived received -> facts.received(new ReceivedComplaint(received.tenantId(),
                    received.complaintId(), received.reference(), received.feedbackType().name(), received.route().name(),
                    received.complainantRole().name(), received.receivedOn(), received.acknowledgementDueOn()));
            case ComplaintAcknowledged acknowledged -> facts.acknowledged(acknowledged.tenantId(),
                    acknowledged.complaintId(), acknowledged.acknowledgedOn(), acknowledged.acknowledgementDueOn());
            default -> { }
        }
    }
}
