package org.complaintsplatform.deadline;

import static org.assertj.core.api.Assertions.assertThat;


import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/** The designed access table of deadline-service, endpoint by endpoint, as the running service answers it. */
class AuthorizationMatrixIT extends DeadlineIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        int checked = AuthorizationMatrix.of(context, "cambridgeshire", "bcp")
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/complaints/{complaintId}/deadlines",
                        Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(HttpMethod.GET, "/api/v1/tenants/{tenantId}/deadlines", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .verify();

        assertThat(checked).isEqualTo(2 * 8 * 2);
    }
}
