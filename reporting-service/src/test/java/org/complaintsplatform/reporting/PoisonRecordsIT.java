package org.complaintsplatform.reporting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record the projection cannot take goes to {@code complaints.complaint-events.v1.dlt} alone: the events sent
 * just before and after it, on the same partition and so usually in the same poll, are projected all the same.
 */
class PoisonRecordsIT extends ReportingIntegrationTest {

    private static final String TENANT = "telford-wrekin";
    private static final String DEAD_LETTERS = Topics.COMPLAINT_EVENTS + ".dlt";
    private static final String GROUP = "reporting-service";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    JdbcClient jdbc;

    private final UUID complaintId = UUID.randomUUID();
    private final String key = complaintId.toString();

    @Test
    void aRecordThatIsNoCloudEventIsDeadLetteredAsItCame() throws Exception {
        byte[] garbage = "not a cloud event".getBytes(StandardCharsets.UTF_8);

        sendAround(() -> {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, garbage)).get();
            }
            return null;
        });

        ConsumerRecord<String, byte[]> dead = deadLetter(record -> true);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
    }

    @Test
    void aPayloadBreakingItsSchemaIsDeadLetteredWithTheReason() throws Exception {
        String eventId = UUID.randomUUID().toString();
        CloudEvent invalid = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(URI.create("/workflow-service"))
                .withType("org.complaintsplatform.complaint-acknowledged.v1")
                .withSubject(key)
                .withData("application/json", ("{\"tenantId\":\"" + TENANT + "\",\"complaintId\":\"" + complaintId
                        + "\",\"occurredAt\":\"2026-05-06T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8))
                .build();

        sendAround(() -> kafka.send(Topics.COMPLAINT_EVENTS, key, invalid).get());

        ConsumerRecord<String, byte[]> dead = deadLetter(record -> eventId.equals(header(record, "ce_id")));
        assertThat(header(dead, "complaints_dlt_reasons")).contains("acknowledgedOn");
    }

    @Test
    void anEventOfATenantThePlatformDoesNotServeIsDeadLetteredWithTheReasonAndProjectsNothing() throws Exception {
        UUID elsewhere = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        sendAround(() -> kafka.send(Topics.COMPLAINT_EVENTS, key,
                codec.encode(received("nowhere", elsewhere, "REF-" + elsewhere), eventId, "/workflow-service")).get());

        ConsumerRecord<String, byte[]> dead = deadLetter(record -> eventId.equals(header(record, "ce_id")));
        assertThat(header(dead, "complaints_dlt_reasons")).contains("'nowhere', which is not a tenant of this platform");
        assertThat(complaintFacts(elsewhere)).isZero();
    }

    @Test
    void anEventTheDatabaseRefusesIsRetriedThenDeadLetteredAndProjectsNothing() throws Exception {
        UUID tooLong = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        // the schema sets no maximum length for a reference, the projection's column holds 60 characters
        sendAround(() -> kafka.send(Topics.COMPLAINT_EVENTS, key,
                codec.encode(received(TENANT, tooLong, "R".repeat(61)), eventId, "/workflow-service")).get());

        ConsumerRecord<String, byte[]> dead = deadLetter(record -> eventId.equals(header(record, "ce_id")));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("value too long");
        assertThat(complaintFacts(tooLong)).isZero();
    }

    // --- helpers

    private interface Send {
        Object send() throws Exception;
    }

    /** Receipt of a complaint, the poison record, then its acknowledgement; waits for both good events' effects. */
    private void sendAround(Send poison) throws Exception {
        LocalDate receivedOn = LocalDate.parse("2026-05-04");
        LocalDate acknowledgedOn = LocalDate.parse("2026-05-05");
        send(received(TENANT, complaintId, "REF-" + complaintId));
        poison.send();
        send(new ComplaintAcknowledged(TENANT, complaintId, Instant.parse("2026-05-05T12:00:00Z"), acknowledgedOn,
                LocalDate.parse("2026-05-07"), UUID.randomUUID()));

        await().atMost(WAIT).until(() -> jdbc.sql("SELECT acknowledged_on FROM complaint_fact WHERE complaint_id = :id")
                .param("id", complaintId).query(LocalDate.class).optional().isPresent());
        assertThat(jdbc.sql("SELECT received_on FROM complaint_fact WHERE complaint_id = :id")
                .param("id", complaintId).query(LocalDate.class).single()).isEqualTo(receivedOn);
    }

    private void send(IntegrationEvent event) throws Exception {
        kafka.send(Topics.COMPLAINT_EVENTS, key, codec.encode(event, UUID.randomUUID().toString(), "/workflow-service")).get();
    }

    private ConsumerRecord<String, byte[]> deadLetter(Predicate<ConsumerRecord<String, byte[]>> which) {
        return await().atMost(WAIT).until(() -> {
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(), DEAD_LETTERS)) {
                // other test classes' contexts read the topic in their own groups and dead-letter it too
                if (key.equals(record.key()) && GROUP.equals(header(record, "kafka_dlt-original-consumer-group")) && which.test(record)) {
                    found.add(record);
                }
            }
            return found;
        }, found -> found.size() == 1).getFirst();
    }

    private long complaintFacts(UUID id) {
        return jdbc.sql("SELECT count(*) FROM complaint_fact WHERE complaint_id = :id").param("id", id).query(Long.class).single();
    }

    private static ComplaintReceived received(String tenantId, UUID id, String reference) {
        LocalDate receivedOn = LocalDate.parse("2026-05-04");
        return new ComplaintReceived(tenantId, id, Instant.parse("2026-05-04T10:00:00Z"), reference, receivedOn,
                FeedbackType.COMPLAINT, Route.STATUTORY, ComplainantRole.PARENT, false, true, tenantId, 1,
                LocalDate.parse("2026-05-07"), List.of(), false);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
