package org.complaintsplatform.intake.config;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestSize the largest request body intake reads; a summary of 20,000 characters with
 *                       every other field at its limit stays well below the default
 * @param triage         settings of the triage flags
 * @param attachments    limits on files attached to a submission
 * @param statusSecret   the key behind each submission's status secret
 */
@Validated
@ConfigurationProperties("complaints.intake")
public record IntakeProperties(@DefaultValue("256KB") DataSize maxRequestSize, @Valid Triage triage,
                               @DefaultValue @Valid Attachments attachments, @NotNull @Valid StatusSecret statusSecret) {

    /**
     * @param key          HMAC-SHA256 key, base64 of at least 32 random bytes; required, with no default, so
     *                     no deployment runs on a key that is published in this repository
     * @param previousKeys keys in use before a rotation, kept for as long as clients may replay a POST they
     *                     sent before it (the replay repeats the secret derived with the old key)
     */
    public record StatusSecret(@NotBlank String key, @DefaultValue List<String> previousKeys) {
    }

    /**
     * @param maxSize          the largest file stored
     * @param maxPerSubmission how many files one submission may have
     * @param allowedTypes     media types accepted; each is checked against the file's first bytes
     */
    public record Attachments(
            @DefaultValue("10MB") DataSize maxSize,
            @DefaultValue("10") @Min(1) int maxPerSubmission,
            @DefaultValue({"application/pdf", "image/jpeg", "image/png", "text/plain"}) @NotEmpty List<String> allowedTypes) {
    }

    /**
     * @param safeguardingKeywords words and phrases that send a submission to a person at once; matched
     *                             case-insensitively as whole words in the summary and desired outcome.
     *                             Required, so an empty list never switches the check off silently.
     */
    public record Triage(@NotEmpty List<String> safeguardingKeywords) {
    }
}
