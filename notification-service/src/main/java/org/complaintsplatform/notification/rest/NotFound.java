package org.complaintsplatform.notification.rest;

/** The path names a tenant, complaint or letter this service does not know, or one of another tenant. */
class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
