package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class AttachmentsIT extends IntakeIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String complaintId;

    @BeforeEach
    void submitAComplaint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/herefordshire/submissions"))
                .header("Authorization", "Bearer " + TestTokens.member("herefordshire"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackType": "COMPLAINT",
                         "complainant": {"role": "PARENT", "name": "Alex Example", "email": "alex@example.org", "preferredContact": "EMAIL"},
                         "summary": "The plan we agreed was never shared."}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        complaintId = json.readTree(response.body()).get("complaintId").asText();
    }

    @Test
    void pdfIsStoredWithAReferenceAndDownloadedUnchanged() throws Exception {
        HttpResponse<String> response = upload("herefordshire", complaintId, "pdf-1", "scans/plan.pdf", "application/pdf", PDF);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(response.body());
        String attachmentId = receipt.get("attachmentId").asText();
        assertThat(receipt.get("filename").asText()).isEqualTo("plan.pdf");
        assertThat(receipt.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(receipt.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(response.headers().firstValue("Location")).hasValue(
                "/api/v1/tenants/herefordshire/submissions/" + complaintId + "/attachments/" + attachmentId);
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(uri(response.headers().firstValue("Location").orElseThrow()))
                .header("Authorization", "Bearer " + TestTokens.member("herefordshire"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/bcp/submissions/" + complaintId + "/attachments/" + attachmentId))
                .header("Authorization", "Bearer " + TestTokens.member("bcp"))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void retryWithTheSameKeyAndFileGetsTheFirstAnswerAndStoresOneCopy() throws Exception {
        HttpResponse<String> first = upload("herefordshire", complaintId, "pdf-2", "plan.pdf", "application/pdf", PDF);
        HttpResponse<String> retry = upload("herefordshire", complaintId, "pdf-2", "plan.pdf", "application/pdf", PDF);
        HttpResponse<String> otherFile = upload("herefordshire", complaintId, "pdf-2", "plan.pdf", "application/pdf",
                "%PDF-1.4 other".getBytes(StandardCharsets.US_ASCII));

        assertThat(json.readTree(retry.body())).isEqualTo(json.readTree(first.body()));
        assertThat(otherFile.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE complaint_id = ?::uuid", Long.class, complaintId))
                .isEqualTo(1);
    }

    @Test
    void fileWhoseBytesAreNotItsTypeIsUnsupported() throws Exception {
        HttpResponse<String> response = upload("herefordshire", complaintId, "exe-1", "plan.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("rule").asText()).isEqualTo("TYPE_NOT_ALLOWED");
    }

    @Test
    void fileOverTheLimitIsTooLarge() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        HttpResponse<String> response = upload("herefordshire", complaintId, "big-1", "big.pdf", "application/pdf", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE complaint_id = ?::uuid", Long.class, complaintId))
                .isZero();
    }

    @Test
    void unknownSubmissionOrMissingFileIsRefused() throws Exception {
        assertThat(upload("herefordshire", UUID.randomUUID().toString(), "k", "plan.pdf", "application/pdf", PDF).statusCode())
                .isEqualTo(404);
        assertThat(upload("cambridgeshire", complaintId, "k", "plan.pdf", "application/pdf", PDF).statusCode()).isEqualTo(404);
        HttpResponse<String> noFile = upload("herefordshire", complaintId, "k", null, "application/pdf", PDF);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noFile.body()).get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    /** @param filename null sends the bytes in a part that is not named {@code file} */
    private HttpResponse<String> upload(String tenant, String complaint, String key, @Nullable String filename,
                                        String type, byte[] content) throws IOException, InterruptedException {
        Multipart body = filename == null ? multipart("other", "x.pdf", type, content) : multipart("file", filename, type, content);
        return http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenant + "/submissions/" + complaint + "/attachments"))
                .header("Authorization", "Bearer " + TestTokens.member(tenant))
                .header("Content-Type", body.contentType())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
