package org.complaintsplatform.notification.api;

/**
 * PENDING: written and stored, waiting for its channel (the mail queue, or the print queue until marked printed).
 * SENT: delivered to the mail server or printed for posting. FAILED: could not be delivered, announced as such.
 * NOT_SENT: deliberately not written, with a reason.
 */
public enum LetterStatus {
    PENDING,
    SENT,
    FAILED,
    NOT_SENT
}
