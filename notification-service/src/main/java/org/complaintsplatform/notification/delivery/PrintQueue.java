package org.complaintsplatform.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.LetterAnnouncements;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.SentLetter;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to post: they wait as PENDING until someone prints them (the PDF from the API) and says so.
 * Marking one printed is what sends it (SENT, LetterSent); doing it twice changes nothing.
 */
@Service
public class PrintQueue {

    private final LetterRepository letters;
    private final LetterAnnouncements announcements;
    private final Clock clock;

    PrintQueue(LetterRepository letters, LetterAnnouncements announcements, Clock clock) {
        this.letters = letters;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LetterRecord> waiting(String tenantId) {
        return letters.printQueue(tenantId);
    }

    /** The letter, that is not a letter to post. */
    public static final class NotForPrinting extends RuntimeException {
        public NotForPrinting(String message) {
            super(message);
        }
    }

    /**
     * @return the letter as it now is; empty when the tenant has no such letter
     * @throws NotForPrinting for a letter by e-mail, or one that was not written
     */
    @Transactional
    public Optional<LetterRecord> markPrinted(String tenantId, UUID letterId) {
        Optional<LetterRecord> found = letters.lock(tenantId, letterId);
        if (found.isEmpty()) {
            return found;
        }
        LetterRecord letter = found.get();
        if (letter.channel() != Channel.POST || letter.status() == LetterStatus.NOT_SENT) {
            throw new NotForPrinting("letter " + letterId + " is not a letter to post");
        }
        if (letter.status() == LetterStatus.PENDING) {
            Instant now = clock.instant();
            letters.markSent(letterId, now, letter.attempts() + 1);
            announcements.sent(new SentLetter(tenantId, letter.complaintId(), letterId, letter.letterType(), Channel.POST,
                    letter.triggeredBy(), now));
        }
        return letters.find(tenantId, letterId);
    }
}
