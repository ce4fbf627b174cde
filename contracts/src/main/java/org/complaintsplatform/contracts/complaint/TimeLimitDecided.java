package org.complaintsplatform.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * A complaint made after the profile's time limit was accepted under the organisation's discretion, or refused.
 * A refusal ends the complaint: every clock stops for good. The reason stays in workflow-service.
 *
 * @param decidedOn       the London date of the decision
 * @param decidedBy       who the profile says decides (its {@code eligibility.timeLimit.decidedBy}); absent where
 *                        the procedure names no one
 * @param writtenDecision whether the profile says the decision is given in writing
 * @param rule            the profile field, e.g. {@code telford-wrekin-v1#eligibility.timeLimit}
 */
public record TimeLimitDecided(
        String tenantId,
        UUID complaintId,
        Instant occurredAt,
        LocalDate decidedOn,
        boolean accepted,
        @Nullable String decidedBy,
        boolean writtenDecision,
        String rule) implements IntegrationEvent {
}
