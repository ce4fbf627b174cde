package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The procedure does not consider the complaint, or part of it, on a ground its profile lists. Excluding the whole
 * complaint ends it and stops every clock for good; excluding a part leaves the clocks running.
 *
 * @param effect      what the profile says the exclusion means (not considered, may resubmit afterwards, redirected)
 * @param explanation what the letter must tell the complainant, sealed as personal data
 * @param rule        the profile field of the ground, e.g. {@code cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]}
 */
@Revision("1")
public record ComplaintExcluded(
        ComplaintId complaintId,
        String tenantId,
        Instant excludedAt,
        LocalDate excludedOn,
        int stage,
        ExclusionGround ground,
        ExclusionEffect effect,
        boolean wholeComplaint,
        SealedText explanation,
        String rule) {
}
