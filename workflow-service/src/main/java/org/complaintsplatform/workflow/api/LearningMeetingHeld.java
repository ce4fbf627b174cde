package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The learning meeting after the complaint's final response was held.
 *
 * @param dueOn the last day the profile gives for it, from the final response
 * @param rule  the profile field, e.g. {@code telford-wrekin-v1#learning.meeting}
 */
@Revision("1")
public record LearningMeetingHeld(
        ComplaintId complaintId,
        String tenantId,
        Instant heldAt,
        LocalDate heldOn,
        LocalDate dueOn,
        String rule) {
}
