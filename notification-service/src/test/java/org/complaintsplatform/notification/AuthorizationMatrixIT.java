package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;


import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessController;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every endpoint of notification-service × every role × own and another organisation. */
class AuthorizationMatrixIT extends NotificationIntegrationTest {

    private static final String TENANT_PATH = "/api/v1/tenants/{tenantId}";

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(context, TENANT, "bcp")
                .allow(GET, TENANT_PATH + "/complaints/{complaintId}/letters", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/letters/{letterId}", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/letters/{letterId}/pdf", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, TENANT_PATH + "/print-queue", Roles.CASEWORKER, Roles.MANAGER)
                .allow(POST, TENANT_PATH + "/letters/{letterId}/printed", Roles.CASEWORKER, Roles.MANAGER)
                .allow(GET, PersonalDataAccessController.PATH, Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(6 * 8 * 2);
    }
}
