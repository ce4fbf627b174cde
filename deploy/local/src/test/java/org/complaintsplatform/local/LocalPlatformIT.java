package org.complaintsplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.testsupport.ConsumerGroups;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One complaint through all five services, in one JVM, against a real PostgreSQL and a real Kafka
 * broker: submitted over HTTP, registered, acknowledged by letter, its deadline met, and counted.
 * Then every record is delivered a second time, and nothing may change.
 */
class LocalPlatformIT {

    private static final List<String> TOPICS = List.of(Topics.SUBMISSIONS, Topics.COMPLAINT_EVENTS,
            Topics.NOTIFICATION_EVENTS, Topics.DEADLINE_EVENTS);
    private static final List<String> CONSUMER_GROUPS = List.of("workflow-service", "deadline-service",
            "notification-service", "reporting-service");

    private static LocalPlatform platform;
    private static String bootstrap;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startPlatform(@TempDir Path data) {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        platform = LocalPlatform.start(new PlatformSettings(data, TestInfrastructure.postgres(), 0, bootstrap, 0, 0,
                true, PlatformSettings.randomSecret(), PlatformSettings.randomKey(), PlatformSettings.randomKey(), List.of("--complaints.kafka.retry.initial-interval=PT0.2S")));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void complaintIsReceivedAcknowledgedAndCountedOnceEvenWhenEveryRecordIsDeliveredTwice() throws Exception {
        Instant before = Instant.now();
        HttpResponse<String> accepted = post(PlatformService.INTAKE, "/api/v1/tenants/cambridgeshire/submissions", """
                {"feedbackType":"COMPLAINT","complainant":{"role":"PARENT","name":"Alex Example",
                 "email":"alex@example.org","preferredContact":"EMAIL"},
                 "summary":"My son's social worker has not returned my calls for six weeks."}""");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode answer = json.readTree(accepted.body());
        String complaintId = answer.path("complaintId").asText();
        LocalDate today = LocalDate.ofInstant(before, ZoneId.of("Europe/London"));
        assertThat(answer.path("reference").asText()).matches("CAM-" + today.getYear() + "-\\d{6}");

        JsonNode complaint = await().atMost(Duration.ofSeconds(60))
                .until(() -> get(PlatformService.WORKFLOW, "/api/v1/tenants/cambridgeshire/complaints/" + complaintId),
                        node -> "ACKNOWLEDGED".equals(node.path("status").asText()));
        // Cambridgeshire tells a parent without parental responsibility only brief information until consent
        assertThat(complaint.path("timeline")).hasSize(3);
        assertThat(complaint.path("informationSharing").path("level").asText()).isEqualTo("BRIEF_UNTIL_CONSENT");

        assertThat(eventsInStore(complaintId)).containsExactly(
                "org.complaintsplatform.workflow.api.ComplaintReceived",
                "org.complaintsplatform.workflow.api.InformationSharingRestricted",
                "org.complaintsplatform.workflow.api.ComplaintAcknowledged");

        JsonNode letters = get(PlatformService.NOTIFICATION, "/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/letters");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).path("letterType").asText()).isEqualTo("ACKNOWLEDGEMENT");
        JsonNode letter = get(PlatformService.NOTIFICATION, "/api/v1/tenants/cambridgeshire/letters/" + letters.get(0).path("letterId").asText());
        assertThat(letter.path("body").asText()).contains("Alex Example", answer.path("reference").asText());

        JsonNode deadlines = await().atMost(Duration.ofSeconds(30))
                .until(() -> get(PlatformService.DEADLINE, "/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/deadlines"),
                        node -> node.size() == 2 && "MET".equals(step(node, "ACKNOWLEDGEMENT").path("status").asText()));
        assertThat(step(deadlines, "ACKNOWLEDGEMENT").path("dueOn").asText())
                .isEqualTo(complaint.path("acknowledgementDueOn").asText());
        JsonNode response = step(deadlines, "RESPONSE");
        assertThat(response.path("status").asText()).isEqualTo("OPEN");
        assertThat(response.path("dueOn").asText()).isEqualTo(complaint.path("dueDates").get(0).path("dueOn").asText());

        String report = reportPath(today);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(PlatformService.REPORTING, report),
                node -> node.path("acknowledgedOnTime").asInt() == 1);
        assertThat(get(PlatformService.REPORTING, report).path("received").asInt()).isEqualTo(1);

        Map<String, List<String>> idsBefore = eventIdsByTopic();
        assertThat(idsBefore.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(6);
        redeliverEverything();
        awaitConsumersCaughtUp();

        assertThat(eventsInStore(complaintId)).hasSize(3);
        assertThat(get(PlatformService.NOTIFICATION, "/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/letters")).hasSize(1);
        assertThat(get(PlatformService.DEADLINE, "/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/deadlines")).hasSize(2);
        JsonNode figures = get(PlatformService.REPORTING, report);
        assertThat(figures.path("received").asInt()).isEqualTo(1);
        assertThat(figures.path("acknowledged").asInt()).isEqualTo(1);
        assertThat(figures.path("acknowledgedOnTime").asInt()).isEqualTo(1);
        // Only the copies this test sent: no service published a new event in answer to a redelivery.
        Map<String, List<String>> idsAfter = eventIdsByTopic();
        for (String topic : TOPICS) {
            assertThat(idsAfter.get(topic)).as(topic).hasSize(2 * idsBefore.get(topic).size())
                    .containsExactlyInAnyOrderElementsOf(concat(idsBefore.get(topic), idsBefore.get(topic)));
        }
        assertThat(TopicReader.cloudEvents(bootstrap, Topics.COMPLAINT_EVENTS, e -> complaintId.equals(e.getSubject())).stream()
                .map(CloudEvent::getType).distinct())
                .containsExactly(EventType.COMPLAINT_RECEIVED.ceType(), EventType.COMPLAINT_ACKNOWLEDGED.ceType());
    }

    private static Map<String, List<String>> eventIdsByTopic() {
        Map<String, List<String>> ids = new java.util.HashMap<>();
        for (String topic : TOPICS) {
            ids.put(topic, TopicReader.cloudEvents(bootstrap, topic).stream().map(record -> record.value().getId()).toList());
        }
        return ids;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void everyServiceReportsHealthAndPrometheusMetrics() throws Exception {
        for (PlatformService service : PlatformService.values()) {
            assertThat(get(service, "/actuator/health").path("status").asText()).as(service.serviceName()).isEqualTo("UP");
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(platform.url(service) + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + scraper()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).as(service.serviceName()).isEqualTo(200);
            assertThat(metrics.body()).as(service.serviceName()).contains("jvm_memory_used_bytes");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(platform.url(PlatformService.WORKFLOW) + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + scraper()).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("procedures_bank_holidays_last_year{division=\"england-and-wales\"} 2027.0");
    }

    /** Sends every record of the platform's topics again, with the same key, headers and CloudEvent id. */
    @SuppressWarnings("unchecked")
    private void redeliverEverything() throws Exception {
        KafkaTemplate<String, CloudEvent> kafka = platform.context(PlatformService.WORKFLOW)
                .getBean("cloudEventKafkaTemplate", KafkaTemplate.class);
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, CloudEvent> record : TopicReader.cloudEvents(bootstrap, topic)) {
                kafka.send(new ProducerRecord<>(topic, record.partition(), record.key(), record.value())).get();
            }
        }
    }

    private void awaitConsumersCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).until(() -> ConsumerGroups.caughtUp(bootstrap, CONSUMER_GROUPS, TOPICS));
    }

    private List<String> eventsInStore(String complaintId) {
        JdbcTemplate workflowDb = new JdbcTemplate(TestInfrastructure.postgres().dataSource("workflow"));
        return workflowDb.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class, complaintId);
    }

    /** The deadline of one step among a complaint's deadlines. */
    private static JsonNode step(JsonNode deadlines, String step) {
        for (JsonNode deadline : deadlines) {
            if (step.equals(deadline.path("step").asText())) {
                return deadline;
            }
        }
        return MissingNode.getInstance();
    }

    private static String reportPath(LocalDate day) {
        int financialYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = day.getMonthValue() >= 4 ? (day.getMonthValue() - 4) / 3 + 1 : 4;
        return "/api/v1/tenants/cambridgeshire/reports/quarterly?year=" + financialYear + "&quarter=" + quarter;
    }

    /** A Cambridgeshire member with the roles the walkthrough uses. */
    private static String member() {
        return platform.issuer().token("casey", "cambridgeshire", List.of("portal", "caseworker", "manager", "auditor"));
    }

    private static String scraper() {
        return platform.issuer().token("prometheus", null, List.of("monitoring"));
    }

    private HttpResponse<String> post(PlatformService service, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .header("Authorization", "Bearer " + member())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(PlatformService service, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .header("Authorization", "Bearer " + member()).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createObjectNode();
    }
}
