package org.complaintsplatform.workflow.config;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bankHolidaysFile a gov.uk-format {@code bank-holidays.json} replacing the shipped one, without a rebuild
 * @param publishTimeout   how long the publisher waits for Kafka to acknowledge a batch before retrying it
 */
@Validated
@ConfigurationProperties("complaints.workflow")
public record WorkflowProperties(
        @Nullable Path bankHolidaysFile,
        @DefaultValue("PT30S") Duration publishTimeout) {
}
