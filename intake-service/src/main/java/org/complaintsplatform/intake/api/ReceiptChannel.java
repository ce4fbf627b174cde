package org.complaintsplatform.intake.api;

/** How a representation reached the organisation. */
public enum ReceiptChannel {
    WEB,
    EMAIL,
    POST,
    PHONE,
    IN_PERSON,
    COUNCIL_SYSTEM
}
