package org.complaintsplatform.notification.kafka;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes complaint events. The processed-event record and the letter (PENDING, with its PDF) commit
 * in one transaction, so a redelivered event has no effect and a failure leaves nothing half done; the
 * letter leaves the service only after that commit.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "notification-service";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final ComplaintLetters letters;
    private final LetterWriter writer;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, ComplaintLetters letters,
                            LetterWriter writer) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.letters = letters;
        this.writer = writer;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        letters.orderFor(codec.decode(event), event.getId()).ifPresent(writer::handle);
    }
}
