package org.complaintsplatform.deadline.config;

import org.complaintsplatform.securitysupport.AccessRules;
import org.complaintsplatform.securitysupport.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read the clocks; security-support refuses whatever is not listed. Deadlines carry ids, steps and
 * dates but no personal data, so reads are not audited.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/complaints/*/deadlines", "/api/v1/tenants/*/deadlines")
                .hasAnyRole(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR);
    }
}
