package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The Ombudsman decided on the complaint referred to it; the referral is then finished. */
@Revision("1")
public record OmbudsmanOutcomeRecorded(
        ComplaintId complaintId,
        String tenantId,
        Instant decidedAt,
        LocalDate decidedOn,
        ExternalBody body,
        OmbudsmanOutcome outcome) {
}
