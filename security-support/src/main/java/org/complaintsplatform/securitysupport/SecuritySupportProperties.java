package org.complaintsplatform.securitysupport;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param rolesClaim  the JWT claim holding the roles (a list of strings); identity providers differ
 * @param tenantClaim the JWT claim holding the user's organisation, matched against the path's tenant
 * @param audit       the personal-data access log, for services that hold personal data
 */
@Validated
@ConfigurationProperties("complaints.security")
public record SecuritySupportProperties(
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue("tenant") @NotBlank String tenantClaim,
        @DefaultValue Audit audit) {

    /** @param enabled whether this service records reads of personal data and answers auditors' queries */
    public record Audit(@DefaultValue("false") boolean enabled) {
    }
}
