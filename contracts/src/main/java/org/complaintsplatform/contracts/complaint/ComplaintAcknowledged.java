package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * The acknowledgement letter was sent, which is what acknowledging a complaint means.
 *
 * @param acknowledgedOn       the London date the letter was sent
 * @param acknowledgementDueOn the due date the complaint was received with, so on-time needs no lookup;
 *                             absent where the procedure sets no acknowledgement timescale
 */
public record ComplaintAcknowledged(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate acknowledgedOn,
        @Nullable LocalDate acknowledgementDueOn,
        UUID letterId) implements IntegrationEvent {
}
