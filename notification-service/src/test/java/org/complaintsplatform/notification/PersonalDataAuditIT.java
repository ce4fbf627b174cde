package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Letters hold names, addresses and their text: each read of them leaves one record, which auditors read. */
class PersonalDataAuditIT extends NotificationIntegrationTest {

    /** The records are dated by the service's fixed clock, so the query names its day. */
    private static final String AUDIT = "/api/v1/tenants/" + TENANT + "/audit/personal-data-access"
            + "?from=2026-06-30T00:00:00Z&to=2026-07-01T00:00:00Z&complaintId=";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String caseworker = TestInfrastructure.issuer().token("casey", TENANT, List.of(Roles.CASEWORKER));
    private final String auditor = TestInfrastructure.issuer().token("audrey", TENANT, List.of(Roles.AUDITOR));

    @Test
    void eachReadOfALettersTextOrPdfLeavesExactlyOneRecordWithWhoWhenWhatAndWhy() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Robin Ash", ContactPreference.POST));
        publish(received(complaintId, "CAM-2026-000150", false), UUID.randomUUID().toString());
        UUID letterId = (UUID) await().until(() -> letterRow(complaintId), row -> row != null && row.get("body") != null).get("id");
        String letter = "/api/v1/tenants/" + TENANT + "/letters/" + letterId;

        assertThat(send("GET", letter, caseworker, "answering the complainant's call").body()).contains("Dear Robin Ash,");
        assertThat(send("GET", letter + "/pdf", caseworker, "printing the letter").statusCode()).isEqualTo(200);
        // ids, types and dates only: no record
        assertThat(send("GET", "/api/v1/tenants/" + TENANT + "/complaints/" + complaintId + "/letters", caseworker, null)
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/tenants/" + TENANT + "/print-queue", caseworker, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", letter + "/printed", caseworker, null).statusCode()).isEqualTo(200);

        HttpResponse<String> log = send("GET", AUDIT + complaintId, auditor, null);

        assertThat(log.statusCode()).isEqualTo(200);
        List<Map<String, Object>> accesses = accesses(log);
        assertThat(accesses).hasSize(2);
        assertThat(accesses).allSatisfy(access -> assertThat(access)
                .containsEntry("tenantId", TENANT).containsEntry("complaintId", complaintId.toString())
                .containsEntry("subject", "casey").containsEntry("roles", List.of(Roles.CASEWORKER))
                .containsEntry("service", "notification-service").containsEntry("accessedAt", "2026-06-30T23:30:00Z"));
        assertThat(accesses).extracting(access -> access.get("resource") + ": " + access.get("reason"))
                .containsExactly("letter: answering the complainant's call", "letter-pdf: printing the letter");

        send("GET", letter + "/pdf", caseworker, "printing it again");
        assertThat(accesses(send("GET", AUDIT + complaintId, auditor, null))).hasSize(3);
    }

    @Test
    void aLetterThatWasNotWrittenHoldsNoPersonalDataAndItsReadIsNotRecorded() throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(received(complaintId, "CAM-2026-000151", true), UUID.randomUUID().toString());
        UUID letterId = (UUID) await().until(() -> letterRow(complaintId), row -> row != null).get("id");

        assertThat(send("GET", "/api/v1/tenants/" + TENANT + "/letters/" + letterId, caseworker, null).statusCode()).isEqualTo(200);

        assertThat(accesses(send("GET", AUDIT + complaintId, auditor, null))).isEmpty();
    }

    @Test
    void onlyAuditorsReadTheAuditLog() throws Exception {
        HttpResponse<String> refused = send("GET", AUDIT + UUID.randomUUID(), caseworker, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("urn:complaints:security:forbidden");
    }

    private HttpResponse<String> send(String method, String path, String token, @Nullable String reason) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (reason != null) {
            request.header(PersonalDataAccessLog.REASON_HEADER, reason);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Map<String, Object>> accesses(HttpResponse<String> log) throws Exception {
        return json.convertValue(json.readTree(log.body()).get("accesses"), new TypeReference<>() { });
    }
}
