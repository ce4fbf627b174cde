package org.complaintsplatform.kafkasupport;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retry  how often a failing record is retried before it goes to its dead-letter topic
 * @param outbox the transactional outbox, for services that publish from their own database
 */
@Validated
@ConfigurationProperties("complaints.kafka")
public record KafkaSupportProperties(@DefaultValue Retry retry, @DefaultValue Outbox outbox) {

    public record Retry(
            @DefaultValue("4") @Min(0) int maxRetries,
            @DefaultValue("PT0.5S") Duration initialInterval,
            @DefaultValue("PT5S") Duration maxInterval) {
    }

    public record Outbox(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("PT0.5S") Duration pollInterval,
            @DefaultValue("100") @Min(1) int batchSize,
            @DefaultValue("PT30S") Duration sendTimeout) {
    }
}
