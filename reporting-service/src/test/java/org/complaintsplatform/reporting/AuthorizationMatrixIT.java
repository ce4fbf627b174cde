package org.complaintsplatform.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;

/**
 * Every endpoint of reporting-service × every role × own and another organisation. The projection rebuild
 * lives outside {@code /api}, where the shared matrix does not look, so its row is checked here the same way.
 */
class AuthorizationMatrixIT extends ReportingIntegrationTest {

    private static final String REPORTS = "/api/v1/tenants/{tenantId}/reports";
    private static final String REBUILD = "/admin/projections/rebuild";

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() throws Exception {
        int checked = AuthorizationMatrix.of(base(), requestMappingHandlerMapping, "cambridgeshire", "bcp")
                .allow(GET, REPORTS + "/quarterly", Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, REPORTS + "/annual", Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, REPORTS + "/range", Roles.MANAGER, Roles.AUDITOR)
                .verify();
        assertThat(checked).isEqualTo(3 * 7 * 2);

        assertThat(endpointsOutsideApi()).containsExactly("POST " + REBUILD);
        assertThat(rebuildAs(null)).isEqualTo("401 urn:complaints:security:unauthenticated");
        for (String role : List.of(Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.SERVICE, Roles.MONITORING)) {
            assertThat(rebuildAs(role)).as(role).isEqualTo("403 urn:complaints:security:forbidden");
        }
        HttpResponse<String> rebuilt = send(Roles.ADMIN);
        assertThat(rebuilt.statusCode()).isEqualTo(202);
        // the rebuild really ran: the other tests of this context need the projection whole again
        long removed = json.readTree(rebuilt.body()).get("processedEvents").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.sql("SELECT count(*) FROM processed_event").query(Long.class).single() >= removed);
    }

    /** Mapped endpoints the shared matrix leaves out: neither {@code /api} nor {@code /internal}, nor Spring's error page. */
    private Set<String> endpointsOutsideApi() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : requestMappingHandlerMapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/internal/") && !pattern.equals("/error")) {
                    info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private String rebuildAs(@Nullable String role) throws Exception {
        HttpResponse<String> answer = send(role);
        JsonNode type = json.readTree(answer.body()).get("type");
        return answer.statusCode() + " " + (type == null ? "" : type.asText());
    }

    private HttpResponse<String> send(@Nullable String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(REBUILD)).POST(HttpRequest.BodyPublishers.noBody());
        if (role != null) {
            String tenant = List.of(Roles.ADMIN, Roles.SERVICE, Roles.MONITORING).contains(role) ? null : "cambridgeshire";
            request.header("Authorization", "Bearer " + TestInfrastructure.issuer().token("matrix-" + role, tenant, List.of(role)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }
}
