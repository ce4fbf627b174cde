package org.complaintsplatform.intake.kafka;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.procedures.Procedures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies each public complaint, deadline and letter event to its tenant's
 * {@code council.<tenantId>.complaints.outbound.v1}, unchanged (same CloudEvent id and attributes, key = complaint
 * id), and to no other council's. Public events carry no personal data by contract, so nothing is filtered. The
 * copy is acknowledged before the offset is committed: at least once, so a council deduplicates by
 * {@code ce_id} as every platform consumer does. Only the payload's {@code tenantId} is read, so event
 * types added after this build are relayed too.
 */
@Component
public class CouncilOutboundRelay {

    private static final Logger log = LoggerFactory.getLogger(CouncilOutboundRelay.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;
    private static final ObjectMapper JSON = CloudEventCodec.contractMapper();

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Procedures procedures;

    public CouncilOutboundRelay(@Qualifier("cloudEventKafkaTemplate") KafkaTemplate<String, CloudEvent> kafka,
                                Procedures procedures) {
        this.kafka = kafka;
        this.procedures = procedures;
    }

    @KafkaListener(id = "council-outbound", groupId = "intake-service.council-outbound",
            topics = {Topics.COMPLAINT_EVENTS, Topics.DEADLINE_EVENTS, Topics.NOTIFICATION_EVENTS})
    public void on(ConsumerRecord<String, CloudEvent> record)
            throws InterruptedException, ExecutionException, TimeoutException {
        CloudEvent event = record.value();
        String tenantId = tenantOf(event);
        if (tenantId == null || procedures.tenant(tenantId).isEmpty()) {
            log.warn("Not relaying {} {} to a council: no registered tenantId in its payload", event.getType(), event.getId());
            return;
        }
        String key = event.getSubject() != null ? event.getSubject() : record.key();
        kafka.send(new ProducerRecord<>(CouncilTopics.outbound(tenantId), key, event))
                .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static @Nullable String tenantOf(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            return null;
        }
        try {
            JsonNode tenantId = JSON.readTree(data.toBytes()).path("tenantId");
            return tenantId.isTextual() ? tenantId.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
