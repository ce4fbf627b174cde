package org.complaintsplatform.notification.api;

/**
 * Tells the platform what happened to a letter. Implementations write to the transactional outbox, so
 * call them in the transaction that records the outcome.
 */
public interface LetterAnnouncements {

    void sent(SentLetter letter);

    void failed(FailedLetter letter);
}
