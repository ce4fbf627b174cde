package org.complaintsplatform.securitysupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.complaintsplatform.securitysupport.audit.PersonalDataAccessController;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.complaintsplatform.testsupport.DevelopmentIssuer;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=secured-service",
        "spring.flyway.locations=classpath:db/migration/security-support/audit",
        "complaints.security.audit.enabled=true",
        "management.endpoints.web.exposure.include=health,info",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=${COMPLAINTS_JWT_ISSUER_URI}",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=${COMPLAINTS_JWT_JWK_SET_URI}",
        "spring.security.oauth2.resourceserver.jwt.audiences=complaints-platform"})
class SecuritySupportIT {

    private static final String OWN = "cambridgeshire";
    private static final String OTHER = "bcp";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestInfrastructure.postgres().createDatabaseIfMissing("security_support"));
        registry.add("spring.datasource.username", () -> TestInfrastructure.postgres().user());
        registry.add("spring.datasource.password", () -> TestInfrastructure.postgres().password());
        TestInfrastructure.issuer().serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(context, OWN, OTHER)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/people/{complaintId}", Roles.CASEWORKER, Roles.AUDITOR)
                .allow(HttpMethod.POST, "/api/v1/tenants/{tenantId}/people/{complaintId}/decisions", Roles.MANAGER)
                .allow(HttpMethod.GET, "/internal/v1/tenants/{tenantId}/people/{complaintId}", Roles.SERVICE)
                .allow(HttpMethod.POST, "/api/v1/admin/rebuild", Roles.ADMIN)
                .allow(HttpMethod.GET, PersonalDataAccessController.PATH, Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(4 * 8 * 2 + 8);
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        try (DevelopmentIssuer stranger = DevelopmentIssuer.start(0, "other")) {
            String forged = stranger.token("mallory", OWN, List.of(Roles.CASEWORKER));

            HttpResponse<String> answer = get("/api/v1/tenants/" + OWN + "/people/" + UUID.randomUUID(), forged, null);

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
            assertThat(answer.body()).contains("urn:complaints:security:unauthenticated");
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String expired = TestInfrastructure.issuer().expiredToken("alex", OWN, List.of(Roles.CASEWORKER));

        assertThat(get("/api/v1/tenants/" + OWN + "/people/" + UUID.randomUUID(), expired, null).statusCode()).isEqualTo(401);
    }

    @Test
    void healthIsOpenAndTheRestOfActuatorNeedsAToken() throws Exception {
        String monitoring = TestInfrastructure.issuer().token("prometheus", null, List.of(Roles.MONITORING));

        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", monitoring, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/admin/rebuild", monitoring, null).statusCode()).isEqualTo(403);
    }

    @Test
    void eachReadOfPersonalDataLeavesExactlyOneAuditRecordWithWhoWhenWhatAndWhy() throws Exception {
        UUID complaint = UUID.randomUUID();
        String caseworker = TestInfrastructure.issuer().token("casey", OWN, List.of(Roles.CASEWORKER));
        String auditor = TestInfrastructure.issuer().token("audrey", OWN, List.of(Roles.AUDITOR));

        assertThat(get("/api/v1/tenants/" + OWN + "/people/" + complaint, caseworker, "responding to stage 1").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/tenants/" + OTHER + "/people/" + complaint, caseworker, null).statusCode()).isEqualTo(404);

        HttpResponse<String> log = get("/api/v1/tenants/" + OWN + "/audit/personal-data-access?complaintId=" + complaint, auditor, null);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(occurrences(log.body(), "\"subject\"")).isEqualTo(1);
        assertThat(log.body()).contains("\"subject\":\"casey\"", "\"roles\":[\"caseworker\"]", "\"service\":\"secured-service\"",
                "\"resource\":\"person\"", "\"reason\":\"responding to stage 1\"", "\"accessedAt\":\"");

        HttpResponse<String> otherTenantsLog = get("/api/v1/tenants/" + OTHER + "/audit/personal-data-access?complaintId=" + complaint,
                TestInfrastructure.issuer().token("audra", OTHER, List.of(Roles.AUDITOR)), null);
        assertThat(otherTenantsLog.body()).contains("\"accesses\":[]");
    }

    @Test
    void aReadWithoutAStatedPurposeIsRecordedAsNotStated() throws Exception {
        UUID complaint = UUID.randomUUID();
        String service = TestInfrastructure.issuer().token("notification-service", null, List.of(Roles.SERVICE));

        assertThat(get("/internal/v1/tenants/" + OWN + "/people/" + complaint, service, null).statusCode()).isEqualTo(200);

        HttpResponse<String> log = get("/api/v1/tenants/" + OWN + "/audit/personal-data-access?complaintId=" + complaint,
                TestInfrastructure.issuer().token("audrey", OWN, List.of(Roles.AUDITOR)), null);
        assertThat(log.body()).contains("\"subject\":\"notification-service\"", "\"resource\":\"correspondence\"",
                "\"reason\":\"" + "not stated" + "\"");
    }

    private HttpResponse<String> get(String path, String token, String reason) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (reason != null) {
            request.header(PersonalDataAccessLog.REASON_HEADER, reason);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
