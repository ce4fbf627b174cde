package org.complaintsplatform.kafkasupport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.complaintsplatform.kafkasupport.UnknownTenant;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = KafkaSupportTestApplication.class, properties = {
        "spring.application.name=kafka-support-test",
        "spring.flyway.locations=classpath:db/migration/kafka-support/consumer,classpath:db/migration/kafka-support/outbox,classpath:db/migration/kafka-support-test",
        "complaints.kafka.outbox.enabled=true",
        "complaints.kafka.retry.max-retries=2",
        "complaints.kafka.retry.initial-interval=PT0.1S"})
class KafkaSupportIT {

    private static final String DEAD_LETTERS = Topics.DEADLINE_EVENTS + ".dlt";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("kafkasupport").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    TransactionalOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DefaultErrorHandler kafkaErrorHandler;
    @Autowired
    ProcessedEvents processedEvents;

    private final UUID complaintId = UUID.randomUUID();

    @Test
    void outboxPublishesCommittedEventsWithTheirIdAndKeyAndNeverRolledBackOnes() {
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            outbox.append(deadlineSet(), rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> outbox.append(deadlineSet(), committed));

        ConsumerRecord<String, CloudEvent> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsOf(complaintId.toString()), records -> !records.isEmpty()).getFirst();
        assertThat(record.value().getId()).isEqualTo(committed);
        assertThat(record.key()).isEqualTo(complaintId.toString());
        assertThat(record.value().getSource()).isEqualTo(URI.create("/kafka-support-test"));
        assertThat(record.value().getExtension(CloudEventCodec.TENANT_EXTENSION)).isEqualTo("bcp");
        assertThat(codec.decode(record.value())).isEqualTo(deadlineSet());
        assertThat(recordsOf(complaintId.toString())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message", Long.class)).isZero();
    }

    @Test
    void aBatchRecordsOnlyTheEventsNotProcessedBeforeAndNeedsATransaction() {
        String seen = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> processedEvents.markProcessed("batch-consumer", seen));

        Set<String> recorded = transactions.execute(status ->
                processedEvents.markProcessed("batch-consumer", List.of(seen, fresh)));

        Set<String> byAnotherConsumer = transactions.execute(status ->
                processedEvents.markProcessed("other-consumer", List.of(seen)));

        assertThat(recorded).containsExactly(fresh);
        assertThat(byAnotherConsumer).containsExactly(seen);
        assertThatThrownBy(() -> processedEvents.markProcessed("batch-consumer", List.of(UUID.randomUUID().toString())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void redeliveredEventHasOneEffect() throws Exception {
        String eventId = UUID.randomUUID().toString();
        CloudEvent event = codec.encode(deadlineSet(), eventId, "/test");

        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), event).get();
        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), event).get();
        String marker = UUID.randomUUID().toString();
        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), codec.encode(deadlineSet(), marker, "/test")).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void recordWithoutCloudEventHeadersGoesToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
        String key = complaintId.toString();
        byte[] garbage = "not a cloud event".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DEADLINE_EVENTS, key, garbage)).get();
        }
        String next = UUID.randomUUID().toString();
        kafka.send(Topics.DEADLINE_EVENTS, key, codec.encode(deadlineSet(), next, "/test")).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(key), records -> !records.isEmpty()).getFirst();
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
    }

    @Test
    void payloadBreakingItsSchemaIsDeadLetteredWithTheReasonAndNotRetried() throws Exception {
        String eventId = UUID.randomUUID().toString();
        CloudEvent invalid = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(URI.create("/test"))
                .withType("org.complaintsplatform.deadline-set.v1")
                .withSubject(complaintId.toString())
                .withData("application/json", ("{\"tenantId\":\"bcp\",\"complaintId\":\"" + complaintId
                        + "\",\"occurredAt\":\"2026-11-23T10:15:30Z\",\"deadlineId\":\"" + UUID.randomUUID()
                        + "\",\"stage\":1,\"step\":\"ACKNOWLEDGEMENT\",\"rule\":\"bcp-v1#acknowledgement\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .build();

        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), invalid).get();

        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(complaintId.toString()), records -> !records.isEmpty()).getFirst();
        assertThat(header(dead, "complaints_dlt_reasons")).contains("dueOn");
        assertThat(header(dead, "ce_id")).isEqualTo(eventId);
        assertThat(effects(eventId)).isZero();
    }

    @Test
    void recordOfATenantThePlatformDoesNotServeIsDeadLetteredAtOnceWithTheReasonAndThePartitionMovesOn() throws Exception {
        String eventId = UUID.randomUUID().toString();
        List<Integer> failedAttempts = new CopyOnWriteArrayList<>();
        kafkaErrorHandler.setRetryListeners((record, exception, attempt) -> {
            if (record.value() instanceof CloudEvent event && event.getId().equals(eventId)) {
                failedAttempts.add(attempt);
            }
        });

        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), codec.encode(deadlineSet("nowhere"), eventId, "/test")).get();
        String next = UUID.randomUUID().toString();
        kafka.send(Topics.DEADLINE_EVENTS, complaintId.toString(), codec.encode(deadlineSet(), next, "/test")).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(complaintId.toString()), records -> !records.isEmpty()).getFirst();
        assertThat(header(dead, "ce_id")).isEqualTo(eventId);
        assertThat(header(dead, "ce_tenant")).isEqualTo("nowhere");
        assertThat(header(dead, "complaints_dlt_reasons"))
                .isEqualTo("ce_id '" + eventId + "' is for tenant 'nowhere', which is not a tenant of this platform");
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isEqualTo(UnknownTenant.class.getName());
        assertThat(failedAttempts).containsExactly(1);
        assertThat(effects(eventId)).isZero();
    }

    private DeadlineSet deadlineSet() {
        return deadlineSet("bcp");
    }

    private DeadlineSet deadlineSet(String tenant) {
        return new DeadlineSet(tenant, complaintId, Instant.parse("2026-11-23T10:15:30Z"),
                UUID.nameUUIDFromBytes(complaintId.toString().getBytes(StandardCharsets.UTF_8)),
                1, "ACKNOWLEDGEMENT", null, "bcp-v1#acknowledgement", LocalDate.of(2026, 11, 26));
    }

    private List<ConsumerRecord<String, CloudEvent>> recordsOf(String key) {
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.DEADLINE_EVENTS).stream()
                .filter(record -> key.equals(record.key()) && record.value() != null)
                .toList();
    }

    private long effects(String eventId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM effect WHERE event_id = ?", Long.class, eventId);
        return count == null ? 0 : count;
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(DEAD_LETTERS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records.stream().filter(r -> key.equals(r.key())).toList();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
