package org.complaintsplatform.notification.api;

/** SENT: produced, recorded and handed to its channel. NOT_SENT: deliberately not written, with a reason. */
public enum LetterStatus {
    SENT,
    NOT_SENT
}
