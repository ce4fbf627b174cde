package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;


import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessController;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/** The designed access table of intake-service, endpoint by endpoint, as the running service answers it. */
class AuthorizationMatrixIT extends IntakeIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(context, "cambridgeshire", "bcp")
                .allow(HttpMethod.POST, "/api/v1/tenants/{tenantId}/submissions",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/{complaintId}",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/status", Roles.PORTAL)
                .allow(HttpMethod.POST, "/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments",
                        Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments/{attachmentId}",
                        Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, PersonalDataAccessController.PATH, Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(6 * 8 * 2);
    }
}
