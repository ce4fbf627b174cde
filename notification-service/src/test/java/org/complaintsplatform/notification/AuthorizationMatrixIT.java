package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.net.URI;

import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of notification-service × every role × own and another organisation. */
class AuthorizationMatrixIT extends NotificationIntegrationTest {

    private static final String TENANT_PATH = "/api/v1/tenants/{tenantId}";

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(URI.create("http://localhost:" + port), requestMappingHandlerMapping, TENANT, "bcp")
                .allow(GET, TENANT_PATH + "/complaints/{complaintId}/letters", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/letters/{letterId}", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/letters/{letterId}/pdf", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/print-queue", Roles.CASEWORKER, Roles.MANAGER)
                .allow(POST, TENANT_PATH + "/letters/{letterId}/printed", Roles.CASEWORKER, Roles.MANAGER)
                .allow(GET, TENANT_PATH + "/audit/personal-data-access", Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(6 * 8 * 2);
    }
}
