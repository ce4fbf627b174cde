package org.complaintsplatform.workflow.api;

/** How the representation reached the organisation. Kept apart from the public contract so the two can change independently. */
public enum ReceiptChannel {
    WEB,
    EMAIL,
    POST,
    PHONE,
    IN_PERSON,
    COUNCIL_SYSTEM
}
