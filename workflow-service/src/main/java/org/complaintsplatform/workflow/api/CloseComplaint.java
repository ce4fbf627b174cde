package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a complaint whose last response has been sent. */
public record CloseComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Instant closedAt) {
}
