package org.complaintsplatform.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * A letter was produced, recorded and handed to its channel.
 *
 * @param triggeredBy the CloudEvent id of the event the letter answers; one letter per trigger
 */
public record LetterSent(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID letterId,
        LetterType letterType,
        LetterChannel channel,
        String triggeredBy) implements IntegrationEvent {
}
