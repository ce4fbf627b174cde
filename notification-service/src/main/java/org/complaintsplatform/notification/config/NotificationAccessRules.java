package org.complaintsplatform.notification.config;

import org.complaintsplatform.securitysupport.AccessRules;
import org.complaintsplatform.securitysupport.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call which endpoint; anything not named here is refused. Printing is staff work, not an auditor's. */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

    @Bean
    AccessRules accessRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/complaints/*/letters", "/api/v1/tenants/*/letters/*",
                        "/api/v1/tenants/*/letters/*/pdf").hasAnyRole(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/print-queue").hasAnyRole(Roles.CASEWORKER, Roles.MANAGER)
                .requestMatchers(HttpMethod.POST, "/api/v1/tenants/*/letters/*/printed").hasAnyRole(Roles.CASEWORKER, Roles.MANAGER);
    }
}
