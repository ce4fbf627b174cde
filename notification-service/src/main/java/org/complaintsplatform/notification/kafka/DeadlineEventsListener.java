package org.complaintsplatform.notification.kafka;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes deadline events for staff reminders, with its own processed-event consumer name (ids are unique
 * per topic's producer, not across topics). Same transaction rule as the complaint events.
 */
@Component
class DeadlineEventsListener {

    static final String CONSUMER = "notification-service.deadlines";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final StaffReminders reminders;
    private final LetterWriter writer;

    DeadlineEventsListener(ProcessedEvents processedEvents, CloudEventCodec codec, StaffReminders reminders,
                           LetterWriter writer) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.reminders = reminders;
        this.writer = writer;
    }

    @KafkaListener(topics = Topics.DEADLINE_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        reminders.orderFor(codec.decode(event), event.getId()).ifPresent(writer::handleForStaff);
    }
}
