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
 *
 * @param advocate           the advocate the complainant named when submitting, who gets a copy of each letter
 * @param accessibilityNeeds what the complainant needs to read the letters or take part (large print, an interpreter)
 * @param language           the language letters should use, a BCP 47 tag; null for the organisation's own
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
        boolean briefInformationOnly,
        @Nullable Advocate advocate,
        @Nullable String accessibilityNeeds,
        @Nullable String language) {

    /** Without an advocate, needs or language: the shape before they were added, kept for callers written then. */
    public CorrespondenceDetails(String tenantId, UUID complaintId, String reference, boolean anonymous,
                                 @Nullable String complainantName, @Nullable String email, @Nullable String postalAddress,
                                 ContactPreference preferredContact, boolean briefInformationOnly) {
        this(tenantId, complaintId, reference, anonymous, complainantName, email, postalAddress, preferredContact,
                briefInformationOnly, null, null, null);
    }

    /** @param organisation in the clear on the copy: "Jo Advocate, NYAS" */
    public record Advocate(String name, @Nullable String organisation, @Nullable String email, @Nullable String postalAddress) {
    }

    /** The internal endpoint on workflow-service that answers with this record as JSON. */
    public static final String PATH = "/internal/v1/tenants/{tenantId}/complaints/{complaintId}/correspondence";
}
