package org.complaintsplatform.contracts.notification;

/** How a letter left the organisation. */
public enum LetterChannel {
    EMAIL,
    POST
}
