package org.complaintsplatform.notification.kafka;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes complaint events. The processed-event record, the letter and its outbox row commit in one
 * transaction, so a redelivered event has no effect and a failure leaves nothing half done.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "notification-service";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final AcknowledgementLetters acknowledgements;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, AcknowledgementLetters acknowledgements) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.acknowledgements = acknowledgements;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        switch (codec.decode(event)) {
            case ComplaintReceived received -> acknowledgements.acknowledge(received, event.getId());
            default -> {
                // other complaint events need no letter yet
            }
        }
    }
}
