package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The Ombudsman (or other body) decided on the complaint referred to it. */
public record OmbudsmanOutcomeRecorded(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate decidedOn,
        ExternalBody body,
        OmbudsmanOutcome outcome) implements IntegrationEvent {
}
