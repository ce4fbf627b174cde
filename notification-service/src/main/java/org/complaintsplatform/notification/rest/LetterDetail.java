package org.complaintsplatform.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.DeliveryFailure;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.jspecify.annotations.Nullable;

/**
 * One letter with its text exactly as sent.
 *
 * @param body            absent when the letter was not written, or was erased
 * @param pdfSha256       the hash of the PDF at {@code .../letters/{letterId}/pdf}
 * @param templateVersion the templates it was rendered from, with their hashes
 * @param sentAt          when it was handed to the mail server or marked printed
 * @param failure         why it could not be delivered
 * @param personalDataErasedAt when the recipient, text and PDF were erased with the complaint's personal data
 */
public record LetterDetail(
        UUID letterId,
        UUID complaintId,
        LetterType letterType,
        @Nullable Channel channel,
        LetterStatus status,
        Instant createdAt,
        @Nullable String reason,
        @Nullable String body,
        @Nullable String subject,
        @Nullable String pdfSha256,
        @Nullable String templateVersion,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable DeliveryFailure failure,
        @Nullable Instant personalDataErasedAt) {

    static LetterDetail of(LetterRecord letter) {
        return new LetterDetail(letter.id(), letter.complaintId(), letter.letterType(), letter.channel(),
                letter.status(), letter.createdAt(), letter.reason(), letter.body(), letter.subject(), letter.pdfSha256(),
                letter.templateVersion(), letter.sentAt(), letter.attempts(), letter.failure(), letter.personalDataErasedAt());
    }
}
