package org.complaintsplatform.reporting;

import java.time.Duration;

import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every endpoint of reporting-service × every role × own and another organisation, the projection rebuild
 * included: the administrator's request really rebuilds, so the test waits until the projection is whole again.
 */
class AuthorizationMatrixIT extends ReportingIntegrationTest {

    private static final String REPORTS = "/api/v1/tenants/{tenantId}/reports";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        long processedBefore = processedEvents();

        int checked = AuthorizationMatrix.of(context, "cambridgeshire", "bcp")
                .allow(GET, REPORTS + "/quarterly", Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, REPORTS + "/annual", Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, REPORTS + "/range", Roles.MANAGER, Roles.AUDITOR)
                .allow(POST, "/admin/projections/rebuild", Roles.ADMIN)
                .verify();

        assertThat(checked).isEqualTo(3 * 8 * 2 + 8);
        await().atMost(Duration.ofSeconds(60)).until(() -> processedEvents() >= processedBefore);
    }

    private long processedEvents() {
        return jdbc.sql("SELECT count(*) FROM processed_event").query(Long.class).single();
    }
}
