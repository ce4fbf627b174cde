package org.complaintsplatform.workflow.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param masterKey 32 random bytes in base64 that wrap every complaint's data key; outside local runs it comes
 *                  from a secret store ({@code COMPLAINTS_MASTER_KEY}). Losing it loses every complaint's personal data.
 */
@Validated
@ConfigurationProperties("complaints.workflow.privacy")
public record PrivacyProperties(@NotBlank String masterKey) {
}
