package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.testsupport.KafkaBroker;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #9's guarantee: a submission answered 202 is stored before the answer and reaches
 * {@code complaints.submissions.v1} even when the broker is down between the two. The test has a broker
 * of its own (the shared one serves the other test classes), stops it, submits, and starts it again on
 * the same port and log directory, as a broker restart does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=intake-service",
        "complaints.intake.status-secret.key=" + IntakeIntegrationTest.STATUS_SECRET_KEY,
        // fail a send to the stopped broker quickly, so the relay's retries are visible in the test's time
        "complaints.kafka.outbox.send-timeout=PT2S",
        "spring.kafka.producer.properties.max.block.ms=2000"})
@Import(BrokerOutageIT.BrokerLifetime.class)
@DirtiesContext // the context and its broker end with the class
class BrokerOutageIT {

    private static final KafkaBroker BROKER = startBroker();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final CloudEventCodec codec = new CloudEventCodec();

    private static KafkaBroker startBroker() {
        try {
            return KafkaBroker.start(Files.createTempDirectory("intake-outage-broker"), 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("intake_outage").forEach((k, v) -> {
            if (!k.equals("spring.kafka.bootstrap-servers")) {
                registry.add(k, () -> v);
            }
        });
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    /** Closes the broker with the context, after its consumers and relay have stopped (lifecycle stops come first). */
    @TestConfiguration
    static class BrokerLifetime {
        @Bean(destroyMethod = "close")
        KafkaBroker outageBroker() {
            return BROKER;
        }
    }

    @Test
    void submissionAcceptedWhileTheBrokerIsDownIsPublishedWhenItReturns() throws Exception {
        BROKER.stop();

        HttpResponse<String> response = submit();

        assertThat(response.statusCode()).isEqualTo(202);
        UUID complaintId = UUID.fromString(new ObjectMapper().readTree(response.body()).get("complaintId").asText());
        String eventId = jdbc.queryForObject("SELECT event_id::text FROM submission WHERE complaint_id = ?",
                String.class, complaintId);
        // the relay keeps trying and failing meanwhile; the row stays until Kafka acknowledges it
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> pending(eventId) == 1);

        BROKER.start();

        await().atMost(Duration.ofSeconds(90)).until(() -> pending(eventId) == 0);
        List<CloudEvent> published = TopicReader.cloudEvents(
                BROKER.bootstrapServers(), Topics.SUBMISSIONS, event -> event.getId().equals(eventId));
        assertThat(published).isNotEmpty();
        assertThat(published).allSatisfy(event ->
                assertThat(codec.decode(event, SubmissionReceived.class).complaintId()).isEqualTo(complaintId));
    }

    private long pending(String eventId) {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE event_id = ?", Long.class, eventId);
        return rows == null ? 0 : rows;
    }

    private HttpResponse<String> submit() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tenants/bcp/submissions"))
                .header("Authorization", "Bearer " + TestTokens.member("bcp"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackType": "COMPLAINT",
                         "complainant": {"role": "PARENT", "name": "Alex Example", "email": "alex@example.org",
                                         "preferredContact": "EMAIL"},
                         "summary": "Nobody has visited since the summer."}""")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
