package org.complaintsplatform.reporting.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.complaintsplatform.reporting.persistence.Projections;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the projection from the topic: stops the listener (its consumers finish their batch, commit and
 * leave the group), commits the earliest offset of every partition for the group, empties the facts and this
 * consumer's processed-event records in one transaction, then starts the listener again, which reads from
 * there. Public topics keep every event, so the replay gives the same figures. Resetting the group's offsets,
 * rather than seeking in a consumer, holds however the partitions are shared among the consumers.
 */
@Component
public class ProjectionRebuild {

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin kafkaAdmin;
    private final Projections projections;
    private final TransactionTemplate transactions;

    ProjectionRebuild(KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin, Projections projections,
                      TransactionTemplate transactions) {
        this.listeners = listeners;
        this.kafkaAdmin = kafkaAdmin;
        this.projections = projections;
        this.transactions = transactions;
    }

    /**
     * @return what was removed; the replay then runs in the background
     * @throws RebuildRefused while another member of the group consumes (another replica): nothing is changed
     */
    public synchronized Projections.Cleared rebuild() {
        MessageListenerContainer container = listeners.getListenerContainer(ComplaintEventsListener.LISTENER_ID);
        if (container == null) {
            throw new IllegalStateException("no listener " + ComplaintEventsListener.LISTENER_ID);
        }
        container.stop();
        try {
            // before the projection is emptied: a refusal must leave it whole
            rewind(container);
            return transactions.execute(status -> projections.clear(ComplaintEventsListener.CONSUMER));
        } finally {
            container.start();
        }
    }

    private void rewind(MessageListenerContainer container) {
        String group = container.getGroupId();
        String[] topics = container.getContainerProperties().getTopics();
        if (group == null || topics == null) {
            throw new IllegalStateException("listener " + ComplaintEventsListener.LISTENER_ID + " has no group or topics");
        }
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(List.of(topics)).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest())));
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(earliest).all().get().forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildRefused("interrupted while resetting the offsets of group " + group, e);
        } catch (ExecutionException e) {
            throw new RebuildRefused("the offsets of group " + group + " cannot be reset (is another replica consuming?): "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
