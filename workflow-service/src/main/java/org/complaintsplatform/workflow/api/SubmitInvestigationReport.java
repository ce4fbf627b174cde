package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Record a report of the investigation as received. */
public record SubmitInvestigationReport(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ReportKind kind,
        InvestigatorRole author,
        Instant submittedAt,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public SubmitInvestigationReport(ComplaintId complaintId,
            ReportKind kind,
            InvestigatorRole author,
            Instant submittedAt) {
        this(complaintId, kind, author, submittedAt, null);
    }
}
