package org.complaintsplatform.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * A letter was written and recorded but could not be delivered; a caseworker has to reach the
 * complainant another way. Never followed by a LetterSent for the same letter.
 *
 * @param triggeredBy the CloudEvent id of the event the letter answers
 * @param attempts    how many deliveries were tried
 */
public record LetterFailed(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        UUID letterId,
        LetterType letterType,
        LetterChannel channel,
        String triggeredBy,
        int attempts,
        DeliveryFailure failure) implements IntegrationEvent {
}
