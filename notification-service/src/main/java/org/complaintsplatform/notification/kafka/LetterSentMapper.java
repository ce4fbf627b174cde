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

    /**
     * The contract's letter type a letter is announced as: the adjudication cover and the final response are what
     * the contract calls {@code STAGE_RESPONSE}; every other letter has its own name.
     */
    static LetterType announcedAs(org.complaintsplatform.notification.api.LetterType type) {
        return switch (type) {
            case ADJUDICATION_COVER, FINAL_RESPONSE -> LetterType.STAGE_RESPONSE;
            default -> LetterType.valueOf(type.name());
        };
    }

    static LetterSent toEvent(SentLetter letter) {
        return new LetterSent(letter.tenantId(), letter.complaintId(), letter.sentAt(), letter.letterId(),
                announcedAs(letter.letterType()), LetterChannel.valueOf(letter.channel().name()), letter.triggeredBy());
    }

    static LetterFailed toEvent(FailedLetter letter) {
        return new LetterFailed(letter.tenantId(), letter.complaintId(), letter.failedAt(), letter.letterId(),
                announcedAs(letter.letterType()), LetterChannel.valueOf(letter.channel().name()), letter.triggeredBy(),
                letter.attempts(), DeliveryFailure.valueOf(letter.failure().name()));
    }
}
