package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * What the complainant asked for when submitting, recorded with the registration: an advocate who gets copies of
 * letters, their accessibility needs (sealed: they can say something about health), the language letters should
 * use (a BCP 47 tag), and their consent to share the complaint's details as needed to deal with it. Only when the
 * submission said any of these.
 */
@Revision("1")
public record ContactArrangementsRecorded(
        ComplaintId complaintId,
        String tenantId,
        Instant recordedAt,
        @Nullable SealedAdvocate advocate,
        @Nullable SealedText accessibilityNeeds,
        @Nullable String language,
        boolean consentToShare) {
}
