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
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

/** Reads a whole topic from offset zero, as a council's or an auditor's consumer would, without a group. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every record on the topic now; the end offsets are taken first, so this returns. */
    public static <V> List<ConsumerRecord<String, V>> records(String bootstrapServers, String topic, Deserializer<V> values) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Every record with its raw bytes: dead-letter topics hold records that are not CloudEvents. */
    public static List<ConsumerRecord<String, byte[]>> rawRecords(String bootstrapServers, String topic) {
        return records(bootstrapServers, topic, new ByteArrayDeserializer());
    }

    /** Every record on the topic as a CloudEvent; a record that is not one (a poison pill a test sent) has a null value. */
    public static List<ConsumerRecord<String, CloudEvent>> cloudEvents(String bootstrapServers, String topic) {
        return records(bootstrapServers, topic, new LenientCloudEventDeserializer());
    }

    /** The CloudEvents on the topic that match, e.g. those of one complaint. */
    public static List<CloudEvent> cloudEvents(String bootstrapServers, String topic, Predicate<CloudEvent> filter) {
        return cloudEvents(bootstrapServers, topic).stream()
                .map(ConsumerRecord::value)
                .filter(event -> event != null && filter.test(event))
                .toList();
    }

    private static final class LenientCloudEventDeserializer implements Deserializer<@Nullable CloudEvent> {

        private final CloudEventDeserializer delegate = new CloudEventDeserializer();

        @Override
        public @Nullable CloudEvent deserialize(String topic, byte[] data) {
            throw new UnsupportedOperationException("CloudEvents in binary mode need the record headers");
        }

        @Override
        public @Nullable CloudEvent deserialize(String topic, Headers headers, byte[] data) {
            try {
                return delegate.deserialize(topic, headers, data);
            } catch (RuntimeException notACloudEvent) {
                return null;
            }
        }
    }
}
