package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * The complaint was taken to the Ombudsman (or another body the organisation's profile signposts). No clock
 * changes: the organisation's procedure, if still running, goes on.
 *
 * @param referredOn      the London date of the referral
 * @param stage           the stage the complaint had reached
 * @param complaintClosed whether the organisation's procedure had ended (closed, withdrawn, refused or excluded)
 */
public record ReferredToOmbudsman(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate referredOn,
        ExternalBody body,
        int stage,
        boolean complaintClosed) implements IntegrationEvent {
}
