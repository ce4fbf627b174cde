package org.complaintsplatform.intake.config;

import org.complaintsplatform.securitysupport.AccessRules;
import org.complaintsplatform.securitysupport.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint; security-support refuses whatever is not listed, and adds the audit log's
 * endpoint for auditors. Portals submit, attach and read receipts; only staff download files; the status
 * by reference and secret is for portals alone, staff read receipts by id.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    AccessRules accessRules() {
        return endpoints -> endpoints
                // before submissions/*, which would match "status" too
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/submissions/status").hasRole(Roles.PORTAL)
                .requestMatchers(HttpMethod.POST, "/api/v1/tenants/*/submissions")
                .hasAnyRole(Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/submissions/*")
                .hasAnyRole(Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/tenants/*/submissions/*/attachments")
                .hasAnyRole(Roles.PORTAL, Roles.CASEWORKER, Roles.MANAGER)
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/submissions/*/attachments/*")
                .hasAnyRole(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR);
    }
}
