package org.complaintsplatform.intake.kafka;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.intake.api.ErasePersonalData;
import org.complaintsplatform.intake.command.ErasePersonalDataHandler;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When workflow has erased a complaint's personal data after its retention, erases intake's copy (the submission
 * and its attachments), in one transaction with the processed-event record, so a redelivery has no effect. Its own
 * consumer group: the council relay copies every event and must not wait for, or be rolled back with, an erasure.
 */
@Component
class PersonalDataErasureListener {

    static final String CONSUMER = "intake-service.personal-data-erasure";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final ErasePersonalDataHandler erase;

    PersonalDataErasureListener(ProcessedEvents processedEvents, CloudEventCodec codec, ErasePersonalDataHandler erase) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.erase = erase;
    }

    @KafkaListener(id = "personal-data-erasure", groupId = CONSUMER, topics = Topics.COMPLAINT_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        // the other types are the relay's; recording their ids would only fill processed_event
        if (!EventType.COMPLAINT_PERSONAL_DATA_ERASED.ceType().equals(event.getType())
                || !processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        ComplaintPersonalDataErased erased = codec.decode(event, ComplaintPersonalDataErased.class);
        erase.handle(new ErasePersonalData(erased.tenantId(), erased.complaintId()));
    }
}
