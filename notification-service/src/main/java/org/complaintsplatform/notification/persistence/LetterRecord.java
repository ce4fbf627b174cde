package org.complaintsplatform.notification.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Delivery;
import org.complaintsplatform.notification.api.DeliveryFailure;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code letter} without its PDF: a letter written, or a decision not to write one.
 *
 * @param bodySha256      hex SHA-256 of the UTF-8 body, so a stored letter can be shown to be the one sent
 * @param pdfSha256       hex SHA-256 of the PDF as stored, attached and printed
 * @param templateVersion the templates the letter was rendered from, with their hashes
 * @param triggeredBy     the CloudEvent id of the event the letter answers; unique per letter type
 * @param sentAt          when it was handed to the mail server or marked printed
 * @param attempts        e-mail deliveries tried so far
 * @param personalDataErasedAt when recipient, text and PDF were erased with the complaint's personal data; null
 *                        while the letter keeps them
 * @param copyTo          the advocate's e-mail address, in Cc of the letter's e-mail; null when no one is copied
 */
public record LetterRecord(
        UUID id,
        String tenantId,
        UUID complaintId,
        LetterType letterType,
        @Nullable Channel channel,
        @Nullable String recipient,
        @Nullable String subject,
        @Nullable String body,
        @Nullable String bodySha256,
        @Nullable String pdfSha256,
        @Nullable String templateVersion,
        LetterStatus status,
        @Nullable String reason,
        String triggeredBy,
        Instant createdAt,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable DeliveryFailure failure,
        @Nullable Instant personalDataErasedAt,
        @Nullable String copyTo) {

    /** A letter written and waiting for its channel. */
    public static LetterRecord pending(UUID id, String tenantId, UUID complaintId, LetterType letterType, Delivery delivery,
                                       @Nullable String copyTo, String subject, String body, byte[] pdf,
                                       String templateVersion, String triggeredBy, Instant createdAt) {
        return new LetterRecord(id, tenantId, complaintId, letterType, delivery.channel(), delivery.recipient(), subject,
                body, sha256(body.getBytes(StandardCharsets.UTF_8)), sha256(pdf), templateVersion, LetterStatus.PENDING,
                null, triggeredBy, createdAt, null, 0, null, null, copyTo);
    }

    public static LetterRecord notSent(UUID id, String tenantId, UUID complaintId, LetterType letterType, String reason,
                                       String triggeredBy, Instant createdAt) {
        return new LetterRecord(id, tenantId, complaintId, letterType, null, null, null, null, null, null, null,
                LetterStatus.NOT_SENT, reason, triggeredBy, createdAt, null, 0, null, null, null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
