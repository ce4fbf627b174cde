package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Appoint an Investigating Officer or an Independent Person to the Stage 2 investigation. */
public record AppointInvestigator(
        @TargetAggregateIdentifier ComplaintId complaintId,
        InvestigatorRole role,
        String personRef,
        boolean declaredIndependent,
        Instant appointedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public AppointInvestigator(ComplaintId complaintId,
            InvestigatorRole role,
            String personRef,
            boolean declaredIndependent,
            Instant appointedAt) {
        this(complaintId, role, personRef, declaredIndependent, appointedAt, null);
    }
}
