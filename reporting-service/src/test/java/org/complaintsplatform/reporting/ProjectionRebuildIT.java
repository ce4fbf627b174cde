package org.complaintsplatform.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rebuild rewinds the consumer group, which it can only do while no other member consumes. */
class ProjectionRebuildIT extends ReportingIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuildWhileAnotherReplicaConsumesIsRefusedAndChangesNothing() {
        long facts = count("complaint_fact");
        long processed = count("processed_event");

        try (KafkaConsumer<String, byte[]> replica = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reporting-service",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            replica.subscribe(List.of(Topics.COMPLAINT_EVENTS));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                replica.poll(Duration.ofMillis(100));
                return !replica.groupMetadata().memberId().isEmpty();
            });

            ResponseEntity<String> refused = http.postForEntity("/admin/projections/rebuild", null, String.class);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).contains("another replica");
        }
        assertThat(count("complaint_fact")).isEqualTo(facts);
        assertThat(count("processed_event")).isEqualTo(processed);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
