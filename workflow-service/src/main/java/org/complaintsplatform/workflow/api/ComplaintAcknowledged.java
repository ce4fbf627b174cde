package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The acknowledgement letter was sent. */
@Revision("1")
public record ComplaintAcknowledged(
        ComplaintId complaintId,
        String tenantId,
        Instant acknowledgedAt,
        LocalDate acknowledgedOn,
        LocalDate acknowledgementDueOn,
        UUID letterId) {
}
