package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record that the complainant took the complaint to the Ombudsman (or another body the profile names), and when. */
public record ReferToOmbudsman(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant referredAt,
        ExternalBody body,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ReferToOmbudsman(ComplaintId complaintId,
            Instant referredAt,
            ExternalBody body) {
        this(complaintId, referredAt, body, null);
    }
}
