package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The complaint was taken to the Ombudsman (or another body the profile names). Clocks are unchanged: the
 * organisation's own procedure, if still running, goes on.
 *
 * @param stage           the stage the complaint had reached
 * @param complaintClosed whether the organisation's procedure had ended (closed, withdrawn, refused or excluded)
 */
@Revision("1")
public record ReferredToOmbudsman(
        ComplaintId complaintId,
        String tenantId,
        Instant referredAt,
        LocalDate referredOn,
        ExternalBody body,
        int stage,
        boolean complaintClosed) {
}
