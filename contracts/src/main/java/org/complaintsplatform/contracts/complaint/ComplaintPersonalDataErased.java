package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * workflow-service erased the complaint's personal data after its retention ended; every service that keeps a
 * copy of them (intake's submission, notification's letters) erases its own. Ids and dates only.
 *
 * @param occurredAt    when workflow erased them
 * @param retainedUntil the last day the profile's retention kept the record (counted from closure or withdrawal)
 * @param rule          the profile field the retention comes from, e.g. {@code core-assets-v1#retention}
 */
public record ComplaintPersonalDataErased(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate retainedUntil,
        String rule) implements IntegrationEvent {
}
