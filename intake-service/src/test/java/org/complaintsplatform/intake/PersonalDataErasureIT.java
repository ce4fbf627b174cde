package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * When workflow has erased a complaint's personal data after its retention, intake erases its copy: the
 * submission's names, contact details, free text and facts about the people, and its attachments' names and
 * content. Ids, the reference, dates, channel, feedback type, route hint and role stay, so the receipt is still
 * answered; the files answer 410 Gone.
 */
class PersonalDataErasureIT extends IntakeIntegrationTest {

    private static final String TENANT = "core-assets";
    private static final String FILENAME = "zebedee-contact-plan.pdf";
    private static final byte[] PDF = "%PDF-1.7\n% Contact plan for Pip\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> PERSONAL = List.of("Zebedee Quartermaine", "zebedee.q@example.org", "7 Hidden Lane",
            "Pip Quartermaine", "2014-05-06", "birth family", "not safe", "written apology", "2026-10-01", "2026-09-03",
            "hearing loop", "Ottoline", "ottoline.q@example.org", "01632 960999", "9 Hidden Lane", FILENAME);
    private static final String KEPT_COLUMNS = """
            complaint_id, tenant_id, reference, received_at, idempotency_key, request_hash, event_id, channel,
            feedback_type, route_hint, anonymous, complainant_role, preferred_contact,
            encode(status_secret_hash, 'hex') AS status_secret_hash""";
    /** When workflow erased it: three years and a day after a closure on 14 January 2027. */
    private static final Instant ERASED_BY_WORKFLOW = Instant.parse("2030-01-15T03:15:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    CloudEventCodec codec;

    private JsonNode accepted;
    private UUID complaintId;
    private String attachmentId;

    @BeforeEach
    void submitAComplaintWithAFile() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions"))
                .header("Authorization", "Bearer " + TestTokens.member(TENANT))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackType": "COMPLAINT", "routeHint": "CORPORATE",
                         "complainant": {"role": "FOSTER_CARER", "name": "Zebedee Quartermaine", "email": "zebedee.q@example.org",
                                         "postalAddress": "7 Hidden Lane, Exampleton", "preferredContact": "POST",
                                         "accessibilityNeeds": "Zebedee uses a hearing loop", "language": "cy"},
                         "child": {"name": "Pip Quartermaine", "dateOfBirth": "2014-05-06", "inCare": true},
                         "summary": "Contact visits with the birth family were cancelled and Pip says the visits are not safe.",
                         "desiredOutcome": "A written apology and a visit plan.",
                         "incidentDates": ["2026-09-03", "2026-10-01"], "becameAwareOn": "2026-10-02",
                         "circumstances": ["LEGAL_PROCEEDINGS"], "previouslyAnsweredOn": "2026-06-30",
                         "advocate": {"name": "Ottoline Quartermaine", "organisation": "Quartermaine Advocacy",
                                      "email": "ottoline.q@example.org", "telephone": "01632 960999",
                                      "postalAddress": "9 Hidden Lane, Exampleton"},
                         "consentToShare": true}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        accepted = json.readTree(response.body());
        complaintId = UUID.fromString(accepted.get("complaintId").asText());
        HttpResponse<String> upload = upload("plan-1");
        assertThat(upload.statusCode()).isEqualTo(201);
        attachmentId = json.readTree(upload.body()).get("attachmentId").asText();
        assertThat(submissionRow()).contains("Zebedee Quartermaine", "not safe", "2026-10-01");
    }

    @Test
    void erasureLeavesTheReceiptWithoutPersonalDataAndTheFilesGone() throws Exception {
        Map<String, Object> keptBefore = keptColumns();
        Map<String, Object> fileBefore = attachmentRow();
        long auditedBefore = audited();

        publish(erased(TENANT), UUID.randomUUID().toString());
        awaitErased();

        assertThat(submissionRow()).doesNotContain(PERSONAL);
        assertThat(jdbc.queryForMap("""
                SELECT complainant_name, complainant_email, complainant_postal_address, child_name, child_date_of_birth,
                       child_in_care, summary, desired_outcome, incident_dates, became_aware_on, circumstances,
                       previously_answered_on, complainant_accessibility_needs, complainant_language, advocate_name,
                       advocate_organisation, advocate_email, advocate_telephone, advocate_postal_address, triage,
                       personal_data_erased_at
                FROM submission WHERE complaint_id = ?""", complaintId))
                .containsEntry("complainant_name", null).containsEntry("complainant_email", null)
                .containsEntry("complainant_postal_address", null).containsEntry("child_name", null)
                .containsEntry("child_date_of_birth", null).containsEntry("child_in_care", null)
                .containsEntry("summary", null).containsEntry("desired_outcome", null)
                .containsEntry("incident_dates", null).containsEntry("became_aware_on", null)
                .containsEntry("circumstances", null).containsEntry("previously_answered_on", null)
                .containsEntry("complainant_accessibility_needs", null).containsEntry("complainant_language", null)
                .containsEntry("advocate_name", null).containsEntry("advocate_organisation", null)
                .containsEntry("advocate_email", null).containsEntry("advocate_telephone", null)
                .containsEntry("advocate_postal_address", null)
                .containsEntry("triage", null)
                .satisfies(row -> assertThat(((Timestamp) row.get("personal_data_erased_at")).toInstant()).isEqualTo(NOW));
        assertThat(keptColumns()).isEqualTo(keptBefore);
        Map<String, Object> file = attachmentRow();
        assertThat(file).containsEntry("filename", null).containsEntry("content", null)
                .containsEntry("attachment_id", fileBefore.get("attachment_id"))
                .containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.length)
                .containsEntry("sha256", fileBefore.get("sha256"))
                .containsEntry("received_at", fileBefore.get("received_at"));
        assertThat(((Timestamp) file.get("erased_at")).toInstant()).isEqualTo(NOW);

        HttpResponse<String> receipt = get("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).doesNotContain(PERSONAL);
        JsonNode answer = json.readTree(receipt.body());
        assertThat(answer.get("complaintId").asText()).isEqualTo(complaintId.toString());
        assertThat(answer.get("reference").asText()).isEqualTo(accepted.get("reference").asText()).startsWith("CA-2026-");
        assertThat(answer.get("receivedAt").asText()).isEqualTo(accepted.get("receivedAt").asText());
        assertThat(answer.get("triage").isNull()).isTrue();
        assertThat(answer.get("personalDataErasedAt").asText()).isEqualTo(NOW.toString());
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT
                        + "/submissions/status?reference=" + accepted.get("reference").asText()))
                .header("Authorization", "Bearer " + TestTokens.member(TENANT))
                .header("X-Submission-Secret", accepted.get("statusSecret").asText())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(status.body())).isEqualTo(answer);

        HttpResponse<String> download = get("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId
                + "/attachments/" + attachmentId);
        assertThat(download.statusCode()).isEqualTo(410);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(download.body()).get("title").asText()).isEqualTo("Personal data erased");
        assertThat(download.body()).doesNotContain(PERSONAL);
        assertThat(upload("plan-2").statusCode()).as("nothing more is kept for an erased submission").isEqualTo(410);
        assertThat(upload("plan-1").statusCode()).as("not even a retry of the first upload").isEqualTo(410);
        assertThat(audited()).as("no read after the erasure found personal data").isEqualTo(auditedBefore);
    }

    @Test
    void anotherTenantsErasureLeavesTheSubmissionAndARedeliveryOrSecondErasureChangesNothing() throws Exception {
        String otherTenants = UUID.randomUUID().toString();
        publish(erased("cambridgeshire"), otherTenants);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(otherTenants));
        assertThat(submissionRow()).contains("Zebedee Quartermaine");
        assertThat(attachmentRow().get("content")).isEqualTo(PDF);

        String ceId = UUID.randomUUID().toString();
        publish(erased(TENANT), ceId);
        awaitErased();
        String erasedRow = submissionRow();
        Map<String, Object> erasedFile = attachmentRow();

        String secondErasure = UUID.randomUUID().toString();
        publish(erased(TENANT), ceId);
        // same key, so same partition: once this one is processed, the redelivery before it was handled
        publish(erased(TENANT), secondErasure);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(secondErasure));

        assertThat(submissionRow()).isEqualTo(erasedRow);
        assertThat(attachmentRow()).isEqualTo(erasedFile);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, ceId))
                .isEqualTo(1);
    }

    private ComplaintPersonalDataErased erased(String tenant) {
        return new ComplaintPersonalDataErased(tenant, complaintId, ERASED_BY_WORKFLOW, LocalDate.of(2030, 1, 14),
                tenant + "-v1#retention");
    }

    private void publish(ComplaintPersonalDataErased event, String ceId) {
        kafka.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, complaintId.toString(),
                codec.encode(event, ceId, "/workflow-service"))).join();
    }

    private void awaitErased() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT personal_data_erased_at IS NOT NULL FROM submission WHERE complaint_id = ?", Boolean.class, complaintId));
    }

    private boolean processed(String ceId) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", Long.class,
                "intake-service.personal-data-erasure", ceId) == 1;
    }

    /** The whole row as JSON text: whatever column a personal value hid in, it shows here. */
    private String submissionRow() {
        return jdbc.queryForObject("SELECT to_jsonb(s)::text FROM submission s WHERE complaint_id = ?", String.class, complaintId);
    }

    private Map<String, Object> keptColumns() {
        return jdbc.queryForMap("SELECT " + KEPT_COLUMNS + " FROM submission WHERE complaint_id = ?", complaintId);
    }

    private Map<String, Object> attachmentRow() {
        return jdbc.queryForMap("""
                SELECT attachment_id, filename, content_type, size_bytes, sha256, received_at, content, erased_at
                FROM attachment WHERE attachment_id = ?::uuid""", attachmentId);
    }

    private long audited() {
        return jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE complaint_id = ?", Long.class, complaintId);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.member(TENANT))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String key) throws Exception {
        Multipart body = multipart("file", FILENAME, "application/pdf", PDF);
        return http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId + "/attachments"))
                .header("Authorization", "Bearer " + TestTokens.member(TENANT))
                .header("Content-Type", body.contentType())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
