package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A portal reads a submission's status with its reference and the secret from the 202, and nothing else. */
class SubmissionStatusIT extends IntakeIntegrationTest {

    private static final String SECRET_HEADER = "X-Submission-Secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReferenceWithItsSecretAnswersTheReceipt() throws Exception {
        JsonNode accepted = submit("herefordshire", UUID.randomUUID().toString());
        String secret = accepted.get("statusSecret").asText();

        HttpResponse<String> status = status("herefordshire", accepted.get("reference").asText(), secret, portal("herefordshire"));

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json.readTree(status.body())).isEqualTo(((ObjectNode) accepted.deepCopy()).without("statusSecret"));
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void onlyTheSecretsHashIsStored() throws Exception {
        JsonNode accepted = submit("herefordshire", UUID.randomUUID().toString());
        String secret = accepted.get("statusSecret").asText();

        byte[] stored = jdbc.queryForObject("SELECT status_secret_hash FROM submission WHERE complaint_id = ?::uuid",
                byte[].class, accepted.get("complaintId").asText());
        String row = jdbc.queryForObject("SELECT to_jsonb(s)::text FROM submission s WHERE complaint_id = ?::uuid",
                String.class, accepted.get("complaintId").asText());

        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(row).doesNotContain(secret);
    }

    @Test
    void aRetryOfThePostAnswersTheSameSecret() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode first = submit("herefordshire", key);

        JsonNode retry = submit("herefordshire", key);

        assertThat(retry.get("statusSecret").asText()).isEqualTo(first.get("statusSecret").asText());
        assertThat(status("herefordshire", retry.get("reference").asText(), retry.get("statusSecret").asText(),
                portal("herefordshire")).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongSecretAnotherTenantsReferenceAnUnknownOneAndNoSecretAllGetTheSameNotFound() throws Exception {
        JsonNode own = submit("herefordshire", UUID.randomUUID().toString());
        JsonNode others = submit("telford-wrekin", UUID.randomUUID().toString());
        String reference = own.get("reference").asText();
        String secret = own.get("statusSecret").asText();
        String token = portal("herefordshire");

        List<HttpResponse<String>> answers = List.of(
                status("herefordshire", reference, flipLastCharacter(secret), token),
                status("herefordshire", reference, secret.substring(1), token),
                status("herefordshire", reference, "", token),
                status("herefordshire", reference, null, token),
                status("herefordshire", others.get("reference").asText(), others.get("statusSecret").asText(), token),
                status("herefordshire", "HER-2026-999999", secret, token),
                status("herefordshire", reference.replace("HER-", "TW-"), secret, token));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(answers.stream().map(HttpResponse::body).distinct()).singleElement()
                .satisfies(body -> assertThat(body).doesNotContain(reference, "HER-2026-999999"));
    }

    @Test
    void aTokenWithoutThePortalRoleCannotUseTheStatusEndpoint() throws Exception {
        JsonNode accepted = submit("herefordshire", UUID.randomUUID().toString());
        String staff = TestInfrastructure.issuer().token("casey", "herefordshire",
                List.of(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR));

        HttpResponse<String> answer = status("herefordshire", accepted.get("reference").asText(),
                accepted.get("statusSecret").asText(), staff);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json.readTree(answer.body()).get("type").asText()).isEqualTo("urn:complaints:security:forbidden");
    }

    @Test
    void aMissingOrMalformedReferenceIsABadRequest() throws Exception {
        String token = portal("herefordshire");

        for (String reference : new String[] {null, "", "her-2026-000001", "HER-2026-1", "HER-2026-" + "1".repeat(30), "HER-2026-000001'--"}) {
            HttpResponse<String> answer = status("herefordshire", reference, "secret", token);

            assertThat(answer.statusCode()).as(String.valueOf(reference)).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("errors").get(0).get("field").asText()).isEqualTo("reference");
        }
    }

    private JsonNode submit(String tenant, String idempotencyKey) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenant + "/submissions"))
                .header("Authorization", "Bearer " + portal(tenant))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackType": "COMPLAINT",
                         "complainant": {"role": "PARENT", "name": "Alex Example", "email": "alex@example.org", "preferredContact": "EMAIL"},
                         "summary": "Nobody told us the review had been moved."}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        return json.readTree(response.body());
    }

    /** @param reference null sends no parameter; @param secret null sends no header */
    private HttpResponse<String> status(String tenant, @Nullable String reference, @Nullable String secret, String token)
            throws Exception {
        String query = reference == null ? "" : "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenant + "/submissions/status" + query))
                .header("Authorization", "Bearer " + token)
                .GET();
        if (secret != null) {
            request.header(SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String portal(String tenant) {
        return TestInfrastructure.issuer().token("portal-" + tenant, tenant, List.of(Roles.PORTAL));
    }

    private static String flipLastCharacter(String secret) {
        char last = secret.charAt(secret.length() - 1);
        return secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
