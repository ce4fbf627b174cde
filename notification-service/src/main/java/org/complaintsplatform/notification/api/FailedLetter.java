package org.complaintsplatform.notification.api;

import java.time.Instant;
import java.util.UUID;

/** A letter that could not be delivered. */
public record FailedLetter(String tenantId, UUID complaintId, UUID letterId, LetterType letterType, Channel channel,
                           String triggeredBy, Instant failedAt, int attempts, DeliveryFailure failure) {
}
