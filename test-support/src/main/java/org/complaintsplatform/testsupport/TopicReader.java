package org.complaintsplatform.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from offset zero, as a council's or an auditor's consumer would, without a group. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every CloudEvent on the topic now; the end offsets are taken first, so this returns. */
    public static List<ConsumerRecord<String, CloudEvent>> cloudEvents(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The CloudEvents on the topic that match, e.g. those of one complaint. */
    public static List<CloudEvent> cloudEvents(String bootstrapServers, String topic, Predicate<CloudEvent> filter) {
        return cloudEvents(bootstrapServers, topic).stream().map(ConsumerRecord::value).filter(filter).toList();
    }
}
