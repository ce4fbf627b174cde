package org.complaintsplatform.contracts.correspondence;

import java.util.UUID;

import org.complaintsplatform.contracts.ContactPreference;
import org.jspecify.annotations.Nullable;

/**
 * What a letter needs to reach the complainant. Personal data never travel on public topics:
 * notification-service fetches this from workflow-service's internal API at render time, and
 * keeps it no longer than the letter it renders. {@code briefInformationOnly} is true while the
 * complainant may be told only brief information until signed consent is recorded: letters then
 * leave out the findings.
 */
public record CorrespondenceDetails(
        String tenantId,
        UUID complaintId,
        String reference,
        boolean anonymous,
        @Nullable String complainantName,
        @Nullable String email,
        @Nullable String postalAddress,
        ContactPreference preferredContact,
        boolean briefInformationOnly) {

    /** The internal endpoint on workflow-service that answers with this record as JSON. */
    public static final String PATH = "/internal/v1/tenants/{tenantId}/complaints/{complaintId}/correspondence";
}
