package org.complaintsplatform.notification.kafka;

import java.time.Clock;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes complaint events. The processed-event record and the letter (PENDING, with its PDF) commit
 * in one transaction, so a redelivered event has no effect and a failure leaves nothing half done; the
 * letter leaves the service only after that commit. When workflow has erased a complaint's personal data,
 * its letters lose theirs in the same way.
 */
@Component
class ComplaintEventsListener {

    static final String CONSUMER = "notification-service";

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final ComplaintLetters letters;
    private final LetterWriter writer;
    private final LetterRepository stored;
    private final Clock clock;

    ComplaintEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, ComplaintLetters letters,
                            LetterWriter writer, LetterRepository stored, Clock clock) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.letters = letters;
        this.writer = writer;
        this.stored = stored;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        switch (codec.decode(event)) {
            case ComplaintPersonalDataErased erased -> erase(erased);
            case IntegrationEvent other -> letters.ordersFor(other, event.getId()).forEach(writer::handle);
        }
    }

    private void erase(ComplaintPersonalDataErased erased) {
        int count = stored.erasePersonalData(erased.tenantId(), erased.complaintId(), clock.instant());
        log.info("Erased the recipient, text and PDF of {} letter(s) of complaint {} of tenant {}", count,
                erased.complaintId(), erased.tenantId());
    }
}
