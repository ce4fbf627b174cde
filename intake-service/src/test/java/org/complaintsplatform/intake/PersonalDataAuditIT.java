package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every read of a submission's personal data through the API leaves exactly one record in the audit log. */
class PersonalDataAuditIT extends IntakeIntegrationTest {

    private static final String TENANT = "bcp";
    private static final byte[] TEXT = "Minutes of the meeting of 3 May.\n".getBytes(StandardCharsets.UTF_8);
    /** The log is written with the service clock (fixed at NOW), so queries name the window around it. */
    private static final String WINDOW = "&from=2026-12-22T00:00:00Z&to=2026-12-23T00:00:00Z";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    private final String portal = token("bcp-portal", Roles.PORTAL);
    private final String caseworker = token("casey", Roles.CASEWORKER);
    private final String auditor = token("audrey", Roles.AUDITOR);
    private JsonNode accepted;
    private String complaintId;

    @BeforeEach
    void submitAComplaint() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackType": "COMPLAINT",
                         "complainant": {"role": "PARENT", "name": "Alex Example", "email": "alex@example.org", "preferredContact": "EMAIL"},
                         "summary": "The minutes of our meeting were sent to the wrong family."}""")), portal, null);
        assertThat(response.statusCode()).isEqualTo(202);
        accepted = json.readTree(response.body());
        complaintId = accepted.get("complaintId").asText();
    }

    @Test
    void eachAttachmentDownloadLeavesExactlyOneRecordOfWhoWhenWhatAndWhyThatAnAuditorReads() throws Exception {
        String attachmentId = upload();
        assertThat(accesses()).as("submitting and attaching read nothing").isEmpty();

        HttpResponse<byte[]> download = download(attachmentId, "responding to stage 1");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TEXT);
        JsonNode accesses = accesses();
        assertThat(accesses).hasSize(1);
        JsonNode access = accesses.get(0);
        assertThat(access.get("tenantId").asText()).isEqualTo(TENANT);
        assertThat(access.get("complaintId").asText()).isEqualTo(complaintId);
        assertThat(access.get("subject").asText()).isEqualTo("casey");
        assertThat(access.get("roles")).containsExactly(json.getNodeFactory().textNode(Roles.CASEWORKER));
        assertThat(access.get("accessedAt").asText()).isEqualTo(NOW.toString());
        assertThat(access.get("service").asText()).isEqualTo("intake-service");
        assertThat(access.get("resource").asText()).isEqualTo("attachment/" + attachmentId);
        assertThat(access.get("reason").asText()).isEqualTo("responding to stage 1");

        assertThat(download(attachmentId, null).statusCode()).isEqualTo(200);
        assertThat(accesses()).hasSize(2).last().satisfies(second -> assertThat(second.get("reason").asText()).isEqualTo("not stated"));
    }

    @Test
    void aDownloadThatFindsNothingIsNotRecorded() throws Exception {
        assertThat(download(UUID.randomUUID().toString(), null).statusCode()).isEqualTo(404);

        assertThat(accesses()).isEmpty();
    }

    @Test
    void readingTheReceiptOrTheStatusIsRecordedOncePerRead() throws Exception {
        HttpResponse<String> receipt = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId)),
                caseworker, "checking the triage");
        HttpResponse<String> status = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions/status?reference="
                        + accepted.get("reference").asText()))
                .header("X-Submission-Secret", accepted.get("statusSecret").asText()), portal, null);

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(accesses()).extracting(access -> access.get("subject").asText() + " " + access.get("resource").asText())
                .containsExactly("casey submission-receipt", "bcp-portal submission-status");
    }

    @Test
    void aCaseworkerCannotReadTheAuditLog() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT
                + "/audit/personal-data-access?complaintId=" + complaintId + WINDOW)), caseworker, null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json.readTree(answer.body()).get("type").asText()).isEqualTo("urn:complaints:security:forbidden");
    }

    /** The auditor's view of this test's complaint. */
    private JsonNode accesses() throws Exception {
        HttpResponse<String> log = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT
                + "/audit/personal-data-access?complaintId=" + complaintId + WINDOW)), auditor, null);
        assertThat(log.statusCode()).isEqualTo(200);
        return json.readTree(log.body()).get("accesses");
    }

    private String upload() throws Exception {
        Multipart body = multipart("file", "minutes.txt", "text/plain", TEXT);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId
                        + "/attachments"))
                .header("Content-Type", body.contentType())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body())), portal, null);
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).get("attachmentId").asText();
    }

    private HttpResponse<byte[]> download(String attachmentId, @Nullable String reason) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/tenants/" + TENANT + "/submissions/" + complaintId
                + "/attachments/" + attachmentId)).header("Authorization", "Bearer " + caseworker);
        if (reason != null) {
            request.header("X-Access-Reason", reason);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token, @Nullable String reason) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (reason != null) {
            request.header("X-Access-Reason", reason);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String subject, String role) {
        return TestInfrastructure.issuer().token(subject, TENANT, List.of(role));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
