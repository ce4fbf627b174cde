package org.complaintsplatform.notification.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Delivery;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code letter}: a letter written, or a decision not to write one.
 *
 * @param bodySha256  hex SHA-256 of the UTF-8 body, so a stored letter can be shown to be the one sent
 * @param triggeredBy the CloudEvent id of the event the letter answers; unique per letter type
 */
public record LetterRecord(
        UUID id,
        String tenantId,
        UUID complaintId,
        LetterType letterType,
        @Nullable Channel channel,
        @Nullable String recipient,
        @Nullable String body,
        @Nullable String bodySha256,
        LetterStatus status,
        @Nullable String reason,
        String triggeredBy,
        Instant createdAt) {

    public static LetterRecord sent(UUID id, String tenantId, UUID complaintId, LetterType letterType, Delivery delivery,
                                    String body, String triggeredBy, Instant createdAt) {
        return new LetterRecord(id, tenantId, complaintId, letterType, delivery.channel(), delivery.recipient(), body,
                sha256(body), LetterStatus.SENT, null, triggeredBy, createdAt);
    }

    public static LetterRecord notSent(UUID id, String tenantId, UUID complaintId, LetterType letterType, String reason,
                                       String triggeredBy, Instant createdAt) {
        return new LetterRecord(id, tenantId, complaintId, letterType, null, null, null, null, LetterStatus.NOT_SENT,
                reason, triggeredBy, createdAt);
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
