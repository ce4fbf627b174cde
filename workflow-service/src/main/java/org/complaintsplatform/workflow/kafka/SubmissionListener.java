package org.complaintsplatform.workflow.kafka;

import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers each accepted submission as a complaint. */
@Component
public class SubmissionListener {

    private static final String CONSUMER = "workflow-service.submissions";

    private final ProcessedEvents processedEvents;
    private final CloudEventCodec codec;
    private final CommandGateway commands;

    public SubmissionListener(ProcessedEvents processedEvents, CloudEventCodec codec, CommandGateway commands) {
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.commands = commands;
    }

    /** One transaction holds the processed-event record, the appended events and the read model. */
    @KafkaListener(topics = Topics.SUBMISSIONS)
    @Transactional
    public void on(CloudEvent event) {
        if (processedEvents.markProcessed(CONSUMER, event.getId())) {
            commands.sendAndWait(ContractMapper.toCommand(codec.decode(event, SubmissionReceived.class)));
        }
    }
}
