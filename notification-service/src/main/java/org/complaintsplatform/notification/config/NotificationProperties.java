package org.complaintsplatform.notification.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param workflowBaseUrl where workflow-service's internal API answers, e.g. {@code http://localhost:8082}
 * @param serviceToken    the shared secret sent with every internal call; set from the environment outside local runs
 * @param connectTimeout  bounded, because the call runs inside the listener's database transaction
 * @param readTimeout     likewise
 */
@Validated
@ConfigurationProperties("complaints.notification")
public record NotificationProperties(
        @NotNull URI workflowBaseUrl,
        @NotBlank String serviceToken,
        @DefaultValue("PT2S") @NotNull Duration connectTimeout,
        @DefaultValue("PT5S") @NotNull Duration readTimeout) {
}
