package org.complaintsplatform.notification.rest;

import java.time.Instant;

/** What the path names existed and was erased with the complaint's personal data: gone for good, unlike 404. */
class Gone extends RuntimeException {

    private final Instant erasedAt;

    Gone(String message, Instant erasedAt) {
        super(message);
        this.erasedAt = erasedAt;
    }

    Instant erasedAt() {
        return erasedAt;
    }
}
