package org.complaintsplatform.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.jspecify.annotations.Nullable;

/**
 * One letter of a complaint, without its body.
 *
 * @param channel absent when the letter was not sent
 * @param reason  why it was not written; absent when it was
 * @param sentAt  when it was delivered or printed; absent until then
 */
public record LetterSummary(
        UUID letterId,
        LetterType letterType,
        @Nullable Channel channel,
        LetterStatus status,
        Instant createdAt,
        @Nullable String reason,
        @Nullable Instant sentAt) {

    static LetterSummary of(LetterRecord letter) {
        return new LetterSummary(letter.id(), letter.letterType(), letter.channel(), letter.status(),
                letter.createdAt(), letter.reason(), letter.sentAt());
    }
}
