package org.complaintsplatform.contracts.notification;

/** Why a letter could not be delivered; the server's own message stays in the service (it may name the recipient). */
public enum DeliveryFailure {
    /** The mail server refused the recipient or the message for good. */
    REJECTED,
    /** The mail server could not be reached or kept failing for every allowed attempt. */
    RETRIES_EXHAUSTED
}
