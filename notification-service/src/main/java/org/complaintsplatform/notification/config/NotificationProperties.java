package org.complaintsplatform.notification.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param workflowBaseUrl   where workflow-service's internal API answers, e.g. {@code http://localhost:8082}
 * @param connectTimeout    bounded, because the call runs inside the listener's database transaction
 * @param readTimeout       likewise
 * @param templateDirectory letter templates found here win over the ones shipped on the classpath
 *                          ({@code <dir>/<tenantId>/<letter>.txt}, {@code <dir>/default/layout.html}, ...); none when absent
 * @param mail              e-mail delivery
 * @param tenants           per tenant: the letterhead's address block and the staff mailbox
 */
@Validated
@ConfigurationProperties("complaints.notification")
public record NotificationProperties(
        @NotNull URI workflowBaseUrl,
        @DefaultValue("PT2S") @NotNull Duration connectTimeout,
        @DefaultValue("PT5S") @NotNull Duration readTimeout,
        @Nullable Path templateDirectory,
        @DefaultValue @Valid @NotNull Mail mail,
        @DefaultValue @NotNull Map<String, @Valid TenantLetters> tenants) {

    /**
     * @param from            the sender of every letter by e-mail
     * @param pickupDirectory where e-mails are written as {@code .eml} files when no SMTP server is configured
     *                        ({@code spring.mail.host} unset): the local platform's mailbox
     * @param pollInterval    how often the mail queue is looked at
     * @param maxAttempts     deliveries tried before a letter is FAILED
     * @param initialBackoff  the wait after the first failed delivery, doubled after each until {@code maxBackoff}
     * @param backlogAlertAge the health indicator reports DEGRADED once an e-mail has waited longer than this
     */
    public record Mail(
            @DefaultValue("complaints@localhost") @NotBlank String from,
            @NotNull Path pickupDirectory,
            @DefaultValue("PT1S") @NotNull Duration pollInterval,
            @DefaultValue("20") @Min(1) int maxAttempts,
            @DefaultValue("PT30S") @NotNull Duration initialBackoff,
            @DefaultValue("PT1H") @NotNull Duration maxBackoff,
            @DefaultValue("PT30M") @NotNull Duration backlogAlertAge) {
    }

    /**
     * @param address    the organisation's postal address, one line each, printed under its name
     * @param staffEmail where staff reminders go (the complaints team's mailbox); none are sent without it
     */
    public record TenantLetters(@DefaultValue @NotNull List<String> address, @Nullable String staffEmail) {
    }
}
