package org.complaintsplatform.workflow;


import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessController;
import org.complaintsplatform.testsupport.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Every endpoint of workflow-service × every role × own and another organisation. */
class AuthorizationMatrixIT extends WorkflowIntegrationTest {

    private static final String COMPLAINT = "/api/v1/tenants/{tenantId}/complaints/{complaintId}";
    private static final String[] STAFF = {Roles.CASEWORKER, Roles.MANAGER};

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndTenantAsDesigned() {
        AuthorizationMatrix matrix = AuthorizationMatrix.of(context, "cambridgeshire", "telford-wrekin")
                .allow(GET, "/api/v1/tenants/{tenantId}/complaints", Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(GET, COMPLAINT, Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .allow(POST, COMPLAINT + "/extensions", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/sufficient-interest", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/late-escalation-decision", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/time-limit-decision", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/direct-escalation", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/behaviour-measures", Roles.MANAGER)
                .allow(POST, COMPLAINT + "/behaviour-measure-review", Roles.MANAGER)
                .allow(GET, "/internal/v1/tenants/{tenantId}/complaints/{complaintId}/correspondence", Roles.SERVICE)
                .allow(GET, PersonalDataAccessController.PATH, Roles.AUDITOR);
        for (String action : new String[]{"advocate", "responses", "escalation-requests", "statement", "investigators",
                "reports", "panel", "panel/meeting", "panel/findings", "suspension", "resumption", "withdrawal", "closure",
                "sharing-consent", "exclusion", "ombudsman-referral", "ombudsman-outcome",
                "learning-actions", "learning-action-completion", "learning-meeting"}) {
            matrix.allow(POST, COMPLAINT + "/" + action, STAFF);
        }

        assertThat(matrix.verify()).isEqualTo(31 * 8 * 2);
    }
}
