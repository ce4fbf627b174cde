package org.complaintsplatform.notification.kafka;

import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.complaintsplatform.notification.api.FailedLetter;
import org.complaintsplatform.notification.api.LetterAnnouncements;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.api.SentLetter;
import org.springframework.stereotype.Component;

/**
 * LetterSent and LetterFailed through the transactional outbox, in the caller's transaction. Their ids
 * derive from the trigger's {@code ce_id} and the letter type (effect {@code letter-sent:<TYPE>}, as the
 * acknowledgement always had), so one trigger can never announce its letter twice.
 */
@Component
class OutboxLetterAnnouncements implements LetterAnnouncements {

    private final TransactionalOutbox outbox;

    OutboxLetterAnnouncements(TransactionalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void sent(SentLetter letter) {
        outbox.append(LetterSentMapper.toEvent(letter), EventIds.derived(letter.triggeredBy(), sentEffect(letter.letterType())));
    }

    @Override
    public void failed(FailedLetter letter) {
        outbox.append(LetterSentMapper.toEvent(letter),
                EventIds.derived(letter.triggeredBy(), "letter-failed:" + letter.letterType().name()));
    }

    static String sentEffect(LetterType type) {
        return "letter-sent:" + type.name();
    }
}
