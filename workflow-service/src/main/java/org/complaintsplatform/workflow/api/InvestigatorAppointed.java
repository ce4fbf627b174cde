package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** An Investigating Officer or Independent Person was appointed; stepsCompleted lists the clocks this met. */
@Revision("1")
public record InvestigatorAppointed(
        ComplaintId complaintId,
        String tenantId,
        Instant appointedAt,
        LocalDate appointedOn,
        InvestigatorRole role,
        String personRef,
        List<String> stepsCompleted) {
}
