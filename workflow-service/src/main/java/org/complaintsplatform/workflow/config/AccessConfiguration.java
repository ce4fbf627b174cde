package org.complaintsplatform.workflow.config;

import org.complaintsplatform.securitysupport.AccessRules;
import org.complaintsplatform.securitysupport.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint of workflow-service. Decisions the procedures reserve to a manager
 * (extensions, sufficient interest, a late request for the next stage, accepting or refusing a complaint made after
 * the time limit, passing a complaint straight to Stage 2, restricting an unreasonable complainant's contact) are the
 * manager's alone.
 */
@Configuration
class AccessConfiguration {

    private static final String COMPLAINT = "/api/v1/tenants/*/complaints/*";

    @Bean
    AccessRules workflowAccessRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/complaints", COMPLAINT)
                .hasAnyRole(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .requestMatchers(HttpMethod.POST, COMPLAINT + "/extensions", COMPLAINT + "/sufficient-interest",
                        COMPLAINT + "/late-escalation-decision", COMPLAINT + "/time-limit-decision",
                        COMPLAINT + "/direct-escalation", COMPLAINT + "/behaviour-measures",
                        COMPLAINT + "/behaviour-measure-review").hasRole(Roles.MANAGER)
                .requestMatchers(HttpMethod.POST, COMPLAINT + "/*", COMPLAINT + "/panel/*").hasAnyRole(Roles.CASEWORKER, Roles.MANAGER)
                .requestMatchers(HttpMethod.GET, "/internal/v1/tenants/*/complaints/*/correspondence").hasRole(Roles.SERVICE);
    }
}
