package org.complaintsplatform.workflow.kafka;

import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A complaint is acknowledged when its acknowledgement letter is sent. */
@Component
public class LetterListener {

    private static final String CONSUMER = "workflow-service.letters";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final CommandGateway commands;

    public LetterListener(ProcessedEvents processedEvents, CloudEventCodec codec, CommandGateway commands) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_EVENTS)
    @Transactional
    public void on(CloudEvent event) {
        if (!processedEvents.markProcessed(CONSUMER, event.getId())) {
            return;
        }
        if (codec.decode(event) instanceof LetterSent letter && letter.letterType() == LetterType.ACKNOWLEDGEMENT) {
            commands.sendAndWait(ContractMapper.toCommand(letter));
        }
    }
}
