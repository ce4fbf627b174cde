package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/** The follow-up a {@link FollowUpScheduled} clock waited for took place: the learning meeting, a measure's review. */
public record FollowUpDone(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate doneOn,
        String step) implements IntegrationEvent {
}
