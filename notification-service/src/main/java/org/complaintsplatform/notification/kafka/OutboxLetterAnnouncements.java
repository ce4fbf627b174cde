package org.complaintsplatform.notification.kafka;

import java.util.UUID;

import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.complaintsplatform.notification.api.FailedLetter;
import org.complaintsplatform.notification.api.LetterAnnouncements;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.api.SentLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * LetterSent and LetterFailed through the transactional outbox, in the caller's transaction. Their ids
 * derive from the trigger's {@code ce_id} and the letter type (effect {@code letter-sent:<TYPE>}, as the
 * acknowledgement always had), so one trigger can never announce its letter twice. A letter type the contract
 * does not know yet is not announced (see {@link LetterSentMapper#announcedAs}).
 */
@Component
class OutboxLetterAnnouncements implements LetterAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(OutboxLetterAnnouncements.class);

    private final TransactionalOutbox outbox;

    OutboxLetterAnnouncements(TransactionalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void sent(SentLetter letter) {
        LetterSentMapper.toEvent(letter).ifPresentOrElse(
                event -> outbox.append(event, EventIds.derived(letter.triggeredBy(), sentEffect(letter.letterType()))),
                () -> notAnnounced(letter.letterType(), letter.letterId()));
    }

    @Override
    public void failed(FailedLetter letter) {
        LetterSentMapper.toEvent(letter).ifPresentOrElse(
                event -> outbox.append(event, EventIds.derived(letter.triggeredBy(), "letter-failed:" + letter.letterType().name())),
                () -> notAnnounced(letter.letterType(), letter.letterId()));
    }

    private static void notAnnounced(LetterType type, UUID letterId) {
        log.info("{} letter {} is not announced: the letter-sent contract has no such letter type yet", type, letterId);
    }

    static String sentEffect(LetterType type) {
        return "letter-sent:" + type.name();
    }
}
