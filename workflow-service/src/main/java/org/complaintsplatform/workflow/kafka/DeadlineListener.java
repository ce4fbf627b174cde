package org.complaintsplatform.workflow.kafka;

import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.LapseRequestWindow;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A missed request window may close the complaint, as its profile says; other deadline events are not ours. */
@Component
public class DeadlineListener {

    private static final String CONSUMER = "workflow-service.deadlines";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final CommandGateway commands;

    public DeadlineListener(ProcessedEvents processedEvents, CloudEventCodec codec, CommandGateway commands) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.DEADLINE_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        if (codec.decode(event) instanceof DeadlineMissed missed && DueDate.REQUEST_WINDOW.equals(missed.step())) {
            commands.sendAndWait(new LapseRequestWindow(new ComplaintId(missed.complaintId()), missed.stage(), missed.occurredAt()));
        }
    }
}
