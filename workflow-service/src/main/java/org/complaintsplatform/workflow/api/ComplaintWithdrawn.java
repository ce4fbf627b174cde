package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The complainant withdrew the complaint; every clock stopped for good. Revision 2 sealed the reason. */
@Revision("2")
public record ComplaintWithdrawn(
        ComplaintId complaintId,
        String tenantId,
        Instant withdrawnAt,
        LocalDate withdrawnOn,
        int stage,
        SealedText reason) {
}
