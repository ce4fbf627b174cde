package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/**
 * The complaints team records the consent that lets a complainant be told the detail of the response.
 *
 * @param signed the seeds ask for explicit, signed consent: a verbal agreement is not enough
 */
public record RecordSharingConsent(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ConsentGiver givenBy,
        boolean signed,
        Instant recordedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {
}
