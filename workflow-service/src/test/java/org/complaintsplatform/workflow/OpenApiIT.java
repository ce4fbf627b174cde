package org.complaintsplatform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document describes every caseworker action, its roles, its examples and its problem answers. */
class OpenApiIT extends WorkflowIntegrationTest {

    private static final String COMPLAINT = "/paths/~1api~1v1~1tenants~1{tenantId}~1complaints~1{complaintId}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void openApiDocumentDescribesEveryActionWithItsRolesAndProblems() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/v3/api-docs", String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode document = json.readTree(answer.getBody());
        List<String> actions = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/v1/tenants/{tenantId}/complaints/{complaintId}/"))
                .toList();
        assertThat(actions).hasSize(27);
        for (String path : actions) {
            JsonNode post = document.at("/paths/" + path.replace("/", "~1") + "/post");
            assertThat(post.isMissingNode()).as(path).isFalse();
            assertThat(post.path("description").asText()).as(path).startsWith("Roles: ");
            assertThat(post.path("responses").fieldNames()).toIterable().as(path).contains("200", "400", "404", "409", "422");
            assertThat(post.at("/parameters").findValuesAsText("name")).as(path).contains("tenantId", "complaintId", "If-Match");
        }
        JsonNode exclusion = document.at(COMPLAINT + "~1exclusion/post");
        assertThat(exclusion.at("/requestBody/content/application~1json/examples/legal proceedings/value/ground").asText())
                .isEqualTo("LEGAL_PROCEEDINGS");
        assertThat(exclusion.at("/responses/422/content/application~1problem+json/examples/ground not in the profile/value/rule")
                .asText()).isEqualTo("EXCLUSION_GROUND_NOT_RECOGNISED");
        assertThat(document.at(COMPLAINT + "/get/description").asText()).startsWith("Roles: caseworker, manager, auditor");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }
}
