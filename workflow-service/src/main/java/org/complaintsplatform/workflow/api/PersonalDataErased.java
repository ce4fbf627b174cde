package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The complaint's data key was destroyed: every sealed value of its history now reads as erased. Published as
 * {@code ComplaintPersonalDataErased} (ids and dates only), so the services that keep copies of the complaint's
 * personal data (intake's submission, notification's letters) erase theirs.
 *
 * @param retainedUntil the last day the profile's retention kept the record (counted from closure or withdrawal)
 * @param rule          the profile field the retention comes from, e.g. {@code core-assets-v1#retention}
 */
@Revision("1")
public record PersonalDataErased(
        ComplaintId complaintId,
        String tenantId,
        Instant erasedAt,
        LocalDate erasedOn,
        LocalDate retainedUntil,
        String rule) {
}
