package org.complaintsplatform.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.complaintsplatform.notification.api.DeliveryFailure;
import org.complaintsplatform.notification.api.FailedLetter;
import org.complaintsplatform.notification.api.LetterAnnouncements;
import org.complaintsplatform.notification.api.SentLetter;
import org.complaintsplatform.notification.config.NotificationProperties;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.complaintsplatform.notification.persistence.LetterRepository.QueuedMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers e-mail letters after the transaction that wrote them has committed, from the letter table
 * as a durable queue: one letter at a time, locked (SKIP LOCKED) for the delivery so no two instances
 * send it, marked SENT and announced as LetterSent in the same transaction. A delivery that may work
 * later is retried with exponential backoff, up to {@code maxAttempts}; a refusal for good, or the last
 * attempt, marks the letter FAILED and announces LetterFailed.
 *
 * <p>The one window this cannot close: the server accepted the e-mail and the process died (or the
 * database failed) before the SENT row committed. The letter is still PENDING and is sent again: at
 * most one duplicate e-mail per such crash, never a lost one, and with the same Message-ID (derived from
 * the letter's id), so mail systems that de-duplicate by it deliver one.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final LetterRepository letters;
    private final MailGateway gateway;
    private final LetterAnnouncements announcements;
    private final TransactionTemplate transactions;
    private final NotificationProperties.Mail settings;
    private final Clock clock;

    MailDispatcher(LetterRepository letters, MailGateway gateway, LetterAnnouncements announcements,
                   TransactionTemplate transactions, NotificationProperties settings, Clock clock) {
        this.letters = letters;
        this.gateway = gateway;
        this.announcements = announcements;
        this.transactions = transactions;
        this.settings = settings.mail();
        this.clock = clock;
    }

    /** Sends every due letter; stops at the first that may work later, since the server is likely down for all. */
    @Scheduled(fixedDelayString = "${complaints.notification.mail.poll-interval:PT1S}")
    public void dispatchDue() {
        while (Boolean.TRUE.equals(transactions.execute(status -> dispatchOne()))) {
            // next letter
        }
    }

    /** @return true to go on with the next letter */
    private boolean dispatchOne() {
        QueuedMail queued = letters.claimDueMail().orElse(null);
        if (queued == null) {
            return false;
        }
        LetterRecord letter = queued.letter();
        int attempts = letter.attempts() + 1;
        try {
            gateway.send(new OutgoingMail(Mails.messageId(letter.id(), settings.from()), settings.from(),
                    required(letter.recipient()), letter.copyTo(), required(letter.subject()), required(letter.body()),
                    letter.letterType().templateName() + ".pdf", queued.pdf()));
        } catch (MailGateway.MailRejected e) {
            fail(letter, attempts, DeliveryFailure.REJECTED, e);
            return true;
        } catch (RuntimeException e) {
            if (attempts >= settings.maxAttempts()) {
                fail(letter, attempts, DeliveryFailure.RETRIES_EXHAUSTED, e);
                return true;
            }
            Duration delay = backoff(attempts, settings.initialBackoff(), settings.maxBackoff());
            // the server's message may name the recipient: logged by class only, kept in the row
            log.warn("E-mail letter {} not delivered (attempt {}), retried in {}: {}", letter.id(), attempts, delay,
                    e.getClass().getName());
            letters.retryLater(letter.id(), attempts, delay, e.toString());
            return false;
        }
        Instant now = clock.instant();
        letters.markSent(letter.id(), now, attempts);
        announcements.sent(new SentLetter(letter.tenantId(), letter.complaintId(), letter.id(), letter.letterType(),
                required(letter.channel()), letter.triggeredBy(), now));
        log.info("E-mail letter {} of complaint {} delivered (attempt {})", letter.id(), letter.complaintId(), attempts);
        return true;
    }

    private void fail(LetterRecord letter, int attempts, DeliveryFailure failure, RuntimeException e) {
        log.error("E-mail letter {} of complaint {} FAILED after {} attempts ({}): {}", letter.id(), letter.complaintId(),
                attempts, failure, e.getClass().getName());
        letters.markFailed(letter.id(), attempts, failure, e.toString());
        announcements.failed(new FailedLetter(letter.tenantId(), letter.complaintId(), letter.id(), letter.letterType(),
                required(letter.channel()), letter.triggeredBy(), clock.instant(), attempts, failure));
    }

    /** The wait after the given number of failed attempts: initial × 2^(attempts−1), at most max. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("a written letter has its channel, recipient, subject and body");
        }
        return value;
    }
}
