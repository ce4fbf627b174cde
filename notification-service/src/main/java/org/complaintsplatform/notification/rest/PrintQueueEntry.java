package org.complaintsplatform.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.persistence.LetterRecord;

/**
 * A letter waiting to be printed and posted.
 *
 * @param pdf the path of the PDF to print, relative to the service
 */
public record PrintQueueEntry(UUID letterId, UUID complaintId, LetterType letterType, Instant createdAt, String pdf) {

    static PrintQueueEntry of(LetterRecord letter) {
        return new PrintQueueEntry(letter.id(), letter.complaintId(), letter.letterType(), letter.createdAt(),
                "/api/v1/tenants/" + letter.tenantId() + "/letters/" + letter.id() + "/pdf");
    }
}
