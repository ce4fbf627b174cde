package org.complaintsplatform.workflow.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param serviceToken the shared secret other services present on the internal API; set it from
 *                     the environment ({@code COMPLAINTS_SERVICE_TOKEN}) outside local runs
 */
@Validated
@ConfigurationProperties("complaints.workflow")
public record WorkflowProperties(@NotBlank String serviceToken) {
}
