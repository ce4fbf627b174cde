package org.complaintsplatform.intake.kafka;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies each public complaint, deadline and letter event to its tenant's
 * {@code council.<tenantId>.complaints.outbound.v1}, unchanged (same CloudEvent id and attributes, key = complaint
 * id), and to no other council's. Public events carry no personal data by contract, so nothing is filtered. The
 * copy is acknowledged before the offset is committed: at least once, so a council deduplicates by
 * {@code ce_id} as every platform consumer does. A record of a type this build knows must meet its JSON Schema;
 * one of a type added later is relayed on its {@code tenantId} alone. A record that breaks its schema, has no
 * readable payload or names no registered tenant is a {@link ContractViolation}: it goes to the topic's dead-letter
 * topic with the reasons, never to a council.
 */
@Component
public class CouncilOutboundRelay {

    private static final long SEND_TIMEOUT_SECONDS = 30;
    private static final ObjectMapper JSON = CloudEventCodec.contractMapper();

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventCodec codec;
    private final Procedures procedures;

    public CouncilOutboundRelay(@Qualifier("cloudEventKafkaTemplate") KafkaTemplate<String, CloudEvent> kafka,
                                CloudEventCodec codec, Procedures procedures) {
        this.kafka = kafka;
        this.codec = codec;
        this.procedures = procedures;
    }

    @KafkaListener(id = "council-outbound", groupId = "intake-service.council-outbound",
            topics = {Topics.COMPLAINT_EVENTS, Topics.DEADLINE_EVENTS, Topics.NOTIFICATION_EVENTS})
    public void on(ConsumerRecord<String, CloudEvent> record)
            throws InterruptedException, ExecutionException, TimeoutException {
        CloudEvent event = record.value();
        JsonNode payload = payloadOf(event);
        EventType.fromCeType(event.getType()).ifPresent(type -> codec.validate(type, payload));
        JsonNode tenantId = payload.path("tenantId");
        if (!tenantId.isTextual() || procedures.tenant(tenantId.asText()).isEmpty()) {
            throw new ContractViolation(event.getType() + " " + event.getId() + " is not relayed to a council",
                    List.of("tenantId: no registered tenant in the payload"));
        }
        String key = event.getSubject() != null ? event.getSubject() : record.key();
        kafka.send(new ProducerRecord<>(CouncilTopics.outbound(tenantId.asText()), key, event))
                .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static JsonNode payloadOf(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new ContractViolation(event.getType() + " " + event.getId() + " has no payload", List.of("data: missing"));
        }
        try {
            return JSON.readTree(data.toBytes());
        } catch (IOException e) {
            throw new ContractViolation(event.getType() + " " + event.getId() + " has no JSON payload", e);
        }
    }
}
