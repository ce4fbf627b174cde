package org.complaintsplatform.workflow.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The complainant's name and contact details, for a letter.
 *
 * @param personalDataErasedOn set once retention has run: the name and contact details are gone for good
 * @param briefInformationOnly true while the complainant may be told only brief information until signed consent
 * @param advocate             the advocate the complainant named, who gets a copy of each letter
 * @param accessibilityNeeds   what the complainant needs to read or take part (large print, an interpreter, ...)
 * @param language             the language letters should use, a BCP 47 tag
 */
public record Correspondence(
        ComplaintId complaintId,
        String tenantId,
        String reference,
        boolean anonymous,
        @Nullable String complainantName,
        @Nullable String email,
        @Nullable String postalAddress,
        ContactPreference preferredContact,
        @Nullable LocalDate personalDataErasedOn,
        boolean briefInformationOnly,
        @Nullable NamedAdvocate advocate,
        @Nullable String accessibilityNeeds,
        @Nullable String language) {
}
