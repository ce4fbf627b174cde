package org.complaintsplatform.securitysupport;

import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service as small as can be: one personal-data read, one action, one platform endpoint. */
@SpringBootApplication
class SecuredApplication {

    @Bean
    AccessRules accessRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/tenants/*/people/*").hasAnyRole(Roles.CASEWORKER, Roles.AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/tenants/*/people/*/decisions").hasRole(Roles.MANAGER)
                .requestMatchers(HttpMethod.GET, "/internal/v1/tenants/*/people/*").hasRole(Roles.SERVICE)
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/rebuild").hasRole(Roles.ADMIN);
    }

    @RestController
    static class PeopleController {

        private final PersonalDataAccessLog accessLog;

        PeopleController(PersonalDataAccessLog accessLog) {
            this.accessLog = accessLog;
        }

        @GetMapping("/api/v1/tenants/{tenantId}/people/{complaintId}")
        Map<String, String> person(@PathVariable String tenantId, @PathVariable UUID complaintId) {
            accessLog.record(tenantId, complaintId, "person");
            return Map.of("name", "Alex");
        }

        @PostMapping("/api/v1/tenants/{tenantId}/people/{complaintId}/decisions")
        Map<String, String> decide(@PathVariable String tenantId, @PathVariable UUID complaintId) {
            return Map.of("decided", complaintId.toString());
        }

        @GetMapping("/internal/v1/tenants/{tenantId}/people/{complaintId}")
        Map<String, String> correspondence(@PathVariable String tenantId, @PathVariable UUID complaintId) {
            accessLog.record(tenantId, complaintId, "correspondence");
            return Map.of("name", "Alex");
        }

        @PostMapping("/api/v1/admin/rebuild")
        Map<String, String> rebuild() {
            return Map.of("rebuilt", "yes");
        }
    }
}
