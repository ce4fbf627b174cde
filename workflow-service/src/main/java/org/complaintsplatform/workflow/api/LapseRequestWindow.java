package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The window to ask for a stage passed without a request (reported by deadline-service). */
public record LapseRequestWindow(@TargetAggregateIdentifier ComplaintId complaintId, int stage, Instant lapsedAt) {
}
