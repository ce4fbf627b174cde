package org.complaintsplatform.workflow.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.kafkasupport.EventSource;
import org.complaintsplatform.workflow.api.BehaviourMeasureImposed;
import org.complaintsplatform.workflow.api.BehaviourMeasureReviewed;
import org.complaintsplatform.workflow.api.ContactArrangementsRecorded;
import org.complaintsplatform.workflow.api.DirectEscalationAgreed;
import org.complaintsplatform.workflow.api.InformationSharingRestricted;
import org.complaintsplatform.workflow.api.LearningActionCompleted;
import org.complaintsplatform.workflow.api.LearningActionRecorded;
import org.complaintsplatform.workflow.api.LearningMeetingHeld;
import org.complaintsplatform.workflow.api.SharingConsentRecorded;
import org.complaintsplatform.workflow.config.WorkflowProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the aggregate's events to {@code complaints.complaint-events.v1} from the event store.
 * It runs in a pooled streaming processor: it sends a batch's records, waits for every Kafka
 * acknowledgement before the batch commits, and only then does Axon store the token. A crash
 * re-sends from the last token with the same CloudEvent ids (the Axon event ids), which consumers skip.
 */
@Component
@ProcessingGroup(ComplaintEventPublisher.PROCESSING_GROUP)
public class ComplaintEventPublisher {

    public static final String PROCESSING_GROUP = "complaint-events-publisher";

    private static final String PENDING_ACKS = ComplaintEventPublisher.class.getName() + ".pendingAcks";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventCodec codec;
    private final EventSource source;
    private final Duration timeout;

    public ComplaintEventPublisher(KafkaTemplate<String, CloudEvent> kafka, CloudEventCodec codec, EventSource source,
                                   WorkflowProperties properties) {
        this.kafka = kafka;
        this.codec = codec;
        this.source = source;
        this.timeout = properties.publishTimeout();
    }

    /** Every event of the store leaves as its public counterpart, but for the case-work facts below. */
    @EventHandler
    void on(Object event, @MessageIdentifier String eventId) {
        send(ContractMapper.toContract(event), eventId);
    }

    /** What a complainant may be told matters to the caseworkers writing to them, not to other services. */
    @EventHandler
    void on(InformationSharingRestricted event) {
        // stays in workflow-service
    }

    @EventHandler
    void on(SharingConsentRecorded event) {
        // stays in workflow-service
    }

    /** The advocate, the needs and the language are personal data: letters read them from the correspondence API. */
    @EventHandler
    void on(ContactArrangementsRecorded event) {
        // stays in workflow-service
    }

    /** The ComplaintEscalated that follows is what other services need; the agreement is the caseworkers' record. */
    @EventHandler
    void on(DirectEscalationAgreed event) {
        // stays in workflow-service
    }

    /** Learning and unreasonable-behaviour measures are the complaints team's own records; no other service acts on them. */
    @EventHandler
    void on(LearningActionRecorded event) {
        // stays in workflow-service
    }

    @EventHandler
    void on(LearningActionCompleted event) {
        // stays in workflow-service
    }

    @EventHandler
    void on(LearningMeetingHeld event) {
        // stays in workflow-service
    }

    @EventHandler
    void on(BehaviourMeasureImposed event) {
        // stays in workflow-service
    }

    @EventHandler
    void on(BehaviourMeasureReviewed event) {
        // stays in workflow-service
    }

    private void send(IntegrationEvent event, String eventId) {
        CloudEvent cloudEvent = codec.encode(event, eventId, source.uri());
        pendingAcks().add(kafka.send(new ProducerRecord<>(EventType.of(event).topic(), event.complaintId().toString(), cloudEvent)));
    }

    private List<CompletableFuture<?>> pendingAcks() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_ACKS, key -> {
            List<CompletableFuture<?>> acks = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(acks, timeout));
            return acks;
        });
    }

    private static void awaitAll(List<CompletableFuture<?>> acks, Duration timeout) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka; the batch will be re-sent", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be re-sent", e);
        }
    }
}
