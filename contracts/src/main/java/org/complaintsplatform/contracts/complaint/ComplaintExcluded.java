package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * The procedure does not consider the complaint, or part of it, on a ground its profile lists. Excluding the whole
 * complaint ends it: every clock stops for good. Excluding a part leaves the rest, and its clocks, running. The
 * explanation the letter gives stays in workflow-service.
 *
 * @param stage          the stage the complaint was at
 * @param effect         what the profile says the exclusion means for the complainant
 * @param wholeComplaint true when the whole complaint is excluded and ends
 * @param rule           the profile field of the ground, e.g. {@code cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]}
 */
public record ComplaintExcluded(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate excludedOn,
        int stage,
        ExclusionGround ground,
        ExclusionEffect effect,
        boolean wholeComplaint,
        String rule) implements IntegrationEvent {
}
