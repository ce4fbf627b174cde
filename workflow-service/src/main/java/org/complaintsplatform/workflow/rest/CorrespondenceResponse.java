package org.complaintsplatform.workflow.rest;

import java.util.UUID;

import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.Correspondence;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the internal correspondence API. Its shape is the {@code CorrespondenceDetails}
 * record of the contracts module, which a contract test holds it to.
 */
record CorrespondenceResponse(
        String tenantId,
        UUID complaintId,
        String reference,
        boolean anonymous,
        @Nullable String complainantName,
        @Nullable String email,
        @Nullable String postalAddress,
        ContactPreference preferredContact) {

    static CorrespondenceResponse of(Correspondence correspondence) {
        return new CorrespondenceResponse(correspondence.tenantId(), correspondence.complaintId().value(),
                correspondence.reference(), correspondence.anonymous(), correspondence.complainantName(),
                correspondence.email(), correspondence.postalAddress(), correspondence.preferredContact());
    }
}
