package org.complaintsplatform.notification.api;

import java.time.Instant;
import java.util.UUID;

/** A letter that left: handed to the mail server or printed for posting. */
public record SentLetter(String tenantId, UUID complaintId, UUID letterId, LetterType letterType, Channel channel,
                         String triggeredBy, Instant sentAt) {
}
