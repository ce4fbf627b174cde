package org.complaintsplatform.notification.kafka;

import org.complaintsplatform.contracts.notification.DeliveryFailure;
import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterFailed;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.notification.api.FailedLetter;
import org.complaintsplatform.notification.api.SentLetter;

/** Maps what happened to a letter to its public event. */
final class LetterSentMapper {

    private LetterSentMapper() {
    }

    static LetterSent toEvent(SentLetter letter) {
        return new LetterSent(letter.tenantId(), letter.complaintId(), letter.sentAt(), letter.letterId(),
                LetterType.valueOf(letter.letterType().name()), LetterChannel.valueOf(letter.channel().name()),
                letter.triggeredBy());
    }

    static LetterFailed toEvent(FailedLetter letter) {
        return new LetterFailed(letter.tenantId(), letter.complaintId(), letter.failedAt(), letter.letterId(),
                LetterType.valueOf(letter.letterType().name()), LetterChannel.valueOf(letter.channel().name()),
                letter.triggeredBy(), letter.attempts(), DeliveryFailure.valueOf(letter.failure().name()));
    }
}
