package org.complaintsplatform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The designed access table of deadline-service, endpoint by endpoint, as the running service answers it. */
class AuthorizationMatrixIT extends DeadlineIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(URI.create("http://localhost:" + port), requestMappingHandlerMapping,
                        "cambridgeshire", "bcp")
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/complaints/{complaintId}/deadlines",
                        Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/deadlines", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(2 * 8 * 2);
    }
}
