package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A clock outside a stage's own steps started: the learning meeting after a Stage 2 or 3 response (Telford &amp;
 * Wrekin), or the next review of an unreasonable-behaviour measure. Dates only, so it is published.
 */
@Revision("1")
public record FollowUpScheduled(ComplaintId complaintId, String tenantId, Instant scheduledAt, DueDate dueDate) {
}
