package org.complaintsplatform.notification.kafka;

import java.util.Optional;

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
     * The contract's letter type a letter is announced as. The two stage responses of Stages 2 and 3 are what the
     * contract calls {@code STAGE_RESPONSE}; the four other letters of Stages 2 and 3 have no value in the
     * contract's enum yet, so they are not announced until it has one.
     */
    static Optional<LetterType> announcedAs(org.complaintsplatform.notification.api.LetterType type) {
        return switch (type) {
            case ADJUDICATION_COVER, FINAL_RESPONSE -> Optional.of(LetterType.STAGE_RESPONSE);
            case STATEMENT_INVITATION, INVESTIGATOR_APPOINTMENT_NOTICE, PANEL_INVITATION, PANEL_FINDINGS_COVER -> Optional.empty();
            default -> Optional.of(LetterType.valueOf(type.name()));
        };
    }

    static Optional<LetterSent> toEvent(SentLetter letter) {
        return announcedAs(letter.letterType()).map(type -> new LetterSent(letter.tenantId(), letter.complaintId(),
                letter.sentAt(), letter.letterId(), type, LetterChannel.valueOf(letter.channel().name()), letter.triggeredBy()));
    }

    static Optional<LetterFailed> toEvent(FailedLetter letter) {
        return announcedAs(letter.letterType()).map(type -> new LetterFailed(letter.tenantId(), letter.complaintId(),
                letter.failedAt(), letter.letterId(), type, LetterChannel.valueOf(letter.channel().name()),
                letter.triggeredBy(), letter.attempts(), DeliveryFailure.valueOf(letter.failure().name())));
    }
}
