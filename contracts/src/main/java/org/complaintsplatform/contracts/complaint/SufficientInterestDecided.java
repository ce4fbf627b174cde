package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The complaints manager decided whether the complainant has sufficient interest; clocks waiting for it start. */
public record SufficientInterestDecided(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate decidedOn,
        boolean sufficientInterest,
        List<DueDate> deadlines) implements IntegrationEvent {
}
