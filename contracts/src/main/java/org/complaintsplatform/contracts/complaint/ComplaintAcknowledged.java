package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * The acknowledgement letter was sent, which is what acknowledging a complaint means.
 *
 * @param acknowledgedOn       the London date the letter was sent
 * @param acknowledgementDueOn the due date the complaint was received with, so on-time needs no lookup
 */
public record ComplaintAcknowledged(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate acknowledgedOn,
        LocalDate acknowledgementDueOn,
        UUID letterId) implements IntegrationEvent {
}
