package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=intake-service")
class SubmissionsIT {

    /** 16:45 on 22 December 2026 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-12-22T16:45:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("intake").forEach((k, v) -> registry.add(k, () -> v));
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CloudEventCodec codec;

    @BeforeEach
    void startFromEmptyTables() {
        jdbc.execute("TRUNCATE submission, reference_counter");
    }

    @Test
    void acceptedSubmissionIsNumberedAndPublishedOnTheSubmissionsTopic() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1", complaint().toString());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = json.readTree(response.body());
        UUID complaintId = UUID.fromString(receipt.get("complaintId").asText());
        assertThat(receipt.get("reference").asText()).isEqualTo("CAM-2026-000001");
        assertThat(Instant.parse(receipt.get("receivedAt").asText())).isEqualTo(NOW);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/tenants/cambridgeshire/submissions/" + complaintId);

        List<ConsumerRecord<String, CloudEvent>> records = publishedRecordsFor(complaintId);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, CloudEvent> record = records.getFirst();
        assertThat(record.key()).isEqualTo(complaintId.toString());
        assertThat(header(record, "ce_type")).isEqualTo("org.complaintsplatform.submission-received.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/intake-service");
        assertThat(header(record, "ce_subject")).isEqualTo(complaintId.toString());
        String storedEventId = jdbc.queryForObject("SELECT event_id::text FROM submission WHERE complaint_id = ?",
                String.class, complaintId);
        assertThat(record.value().getId()).isEqualTo(storedEventId);
        assertThat(codec.decode(record.value(), SubmissionReceived.class)).isEqualTo(new SubmissionReceived(
                "cambridgeshire", complaintId, NOW, "CAM-2026-000001", ReceiptChannel.WEB, FeedbackType.COMPLAINT,
                Route.STATUTORY, false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL),
                new SubmissionReceived.Child("Sam Example", LocalDate.of(2014, 5, 2)),
                "My son's social worker has not returned my calls for six weeks.",
                "A named contact and a visit before Christmas."));
    }

    @Test
    void submissionCanBeLookedUpOnlyWithinItsTenant() throws Exception {
        JsonNode receipt = json.readTree(post("cambridgeshire", "key-1", complaint().toString()).body());
        String complaintId = receipt.get("complaintId").asText();

        HttpResponse<String> own = get("/api/v1/tenants/cambridgeshire/submissions/" + complaintId);
        HttpResponse<String> other = get("/api/v1/tenants/bcp/submissions/" + complaintId);
        HttpResponse<String> unknown = get("/api/v1/tenants/cambridgeshire/submissions/" + UUID.randomUUID());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body())).isEqualTo(receipt);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> post(String tenant, String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenant + "/submissions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until the outbox has handed everything to Kafka, then reads the whole topic. */
    private List<ConsumerRecord<String, CloudEvent>> publishedRecordsFor(UUID complaintId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM outbox_message", Long.class) == 0);
        return SubmissionsTopic.recordsFor(TestInfrastructure.kafkaBootstrapServers(), complaintId);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private ObjectNode complaint() {
        try {
            return (ObjectNode) json.readTree("""
                    {
                      "feedbackType": "COMPLAINT",
                      "routeHint": "STATUTORY",
                      "complainant": {
                        "role": "PARENT",
                        "name": "Alex Example",
                        "email": "alex@example.org",
                        "preferredContact": "EMAIL"
                      },
                      "child": {"name": "Sam Example", "dateOfBirth": "2014-05-02"},
                      "summary": "My son's social worker has not returned my calls for six weeks.",
                      "desiredOutcome": "A named contact and a visit before Christmas."
                    }""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
