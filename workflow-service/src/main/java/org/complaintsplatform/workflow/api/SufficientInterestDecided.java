package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The complaints manager decided whether the complainant has sufficient interest; if so, clocks that wait for it
 * start. Revision 2 sealed the reason.
 */
@Revision("2")
public record SufficientInterestDecided(
        ComplaintId complaintId,
        String tenantId,
        Instant decidedAt,
        LocalDate decidedOn,
        boolean sufficientInterest,
        SealedText reason,
        List<DueDate> deadlines) {
}
