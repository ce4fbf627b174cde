package org.complaintsplatform.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.jspecify.annotations.Nullable;

/**
 * One letter with its text exactly as sent.
 *
 * @param body absent when the letter was not sent
 */
public record LetterDetail(
        UUID letterId,
        UUID complaintId,
        LetterType letterType,
        @Nullable Channel channel,
        LetterStatus status,
        Instant createdAt,
        @Nullable String reason,
        @Nullable String body) {

    static LetterDetail of(LetterRecord letter) {
        return new LetterDetail(letter.id(), letter.complaintId(), letter.letterType(), letter.channel(),
                letter.status(), letter.createdAt(), letter.reason(), letter.body());
    }
}
