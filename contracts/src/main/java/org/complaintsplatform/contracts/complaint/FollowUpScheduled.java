package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * A clock outside a stage's own steps started: Telford &amp; Wrekin's learning meeting after the response of a
 * complaint that reached Stage 2 or 3 ({@value #LEARNING_MEETING}, at that stage; it runs on after the complaint
 * closes), or the next review of an unreasonable-behaviour measure ({@code MEASURE_REVIEW:<measure id>}, at stage 0:
 * a clock of the whole complaint, which stage responses and escalations leave running). Dates only: what was learnt
 * and what the measure is stay in workflow-service.
 */
public record FollowUpScheduled(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        DueDate dueDate) implements IntegrationEvent {

    public static final String LEARNING_MEETING = "LEARNING_MEETING";
    public static final String MEASURE_REVIEW = "MEASURE_REVIEW:";
}
