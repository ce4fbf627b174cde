package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the acknowledgement letter was sent: that is what acknowledging a complaint means. */
public record AcknowledgeComplaint(@TargetAggregateIdentifier ComplaintId complaintId, UUID letterId, Instant sentAt) {
}
