package org.complaintsplatform.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestSize the largest request body intake reads; a summary of 20,000 characters with
 *                       every other field at its limit stays well below the default
 */
@Validated
@ConfigurationProperties("complaints.intake")
public record IntakeProperties(@DefaultValue("256KB") DataSize maxRequestSize) {
}
