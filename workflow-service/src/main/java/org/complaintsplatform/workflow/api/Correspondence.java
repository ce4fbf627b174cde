package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/** The complainant's name and contact details, for a letter. */
public record Correspondence(
        ComplaintId complaintId,
        String tenantId,
        String reference,
        boolean anonymous,
        @Nullable String complainantName,
        @Nullable String email,
        @Nullable String postalAddress,
        ContactPreference preferredContact) {
}
