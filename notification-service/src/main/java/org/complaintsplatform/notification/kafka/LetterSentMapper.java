package org.complaintsplatform.notification.kafka;

import java.util.Objects;

import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.persistence.LetterRecord;

/** Maps a stored, sent letter to its public event; the letter's creation is the moment it was sent. */
final class LetterSentMapper {

    private LetterSentMapper() {
    }

    static LetterSent toEvent(LetterRecord letter) {
        if (letter.status() != LetterStatus.SENT) {
            throw new IllegalArgumentException("letter " + letter.id() + " was not sent");
        }
        return new LetterSent(letter.tenantId(), letter.complaintId(), letter.createdAt(), letter.id(),
                LetterType.valueOf(letter.letterType().name()),
                LetterChannel.valueOf(Objects.requireNonNull(letter.channel(), "channel").name()),
                letter.triggeredBy());
    }
}
