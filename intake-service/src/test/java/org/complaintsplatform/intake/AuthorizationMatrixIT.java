package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The designed access table of intake-service, endpoint by endpoint, as the running service answers it. */
class AuthorizationMatrixIT extends IntakeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(URI.create("http://localhost:" + port), requestMappingHandlerMapping,
                        "cambridgeshire", "bcp")
                .allow(HttpMethod.POST, "/api/v1/tenants/{tenantId}/submissions",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/{complaintId}",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/status", Roles.PORTAL)
                .allow(HttpMethod.POST, "/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments/{attachmentId}",
                        Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/audit/personal-data-access", Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(6 * 8 * 2);
    }
}
