package org.complaintsplatform.reporting.config;

import org.complaintsplatform.securitysupport.AccessRules;
import org.complaintsplatform.securitysupport.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call which endpoint; anything not named here is refused. Reports hold counts, no personal data. */
@Configuration(proxyBeanMethods = false)
class ReportingAccessRules {

    @Bean
    AccessRules accessRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/reports/*").hasAnyRole(Roles.MANAGER, Roles.AUDITOR)
                .requestMatchers(HttpMethod.POST, "/admin/projections/rebuild").hasRole(Roles.ADMIN);
    }
}
