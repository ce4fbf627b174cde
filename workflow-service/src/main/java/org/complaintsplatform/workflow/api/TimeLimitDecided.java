package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A late complaint was accepted under the profile's discretion, or refused; a refusal ends the complaint and
 * stops every clock for good.
 *
 * @param decidedBy       who the profile says decides ({@code eligibility.timeLimit.decidedBy}); null where the seed names no one
 * @param writtenDecision whether the profile says the decision is given in writing
 * @param rule            the profile field of the time limit, e.g. {@code telford-wrekin-v1#eligibility.timeLimit}
 */
@Revision("1")
public record TimeLimitDecided(
        ComplaintId complaintId,
        String tenantId,
        Instant decidedAt,
        LocalDate decidedOn,
        boolean accepted,
        SealedText reason,
        @Nullable String decidedBy,
        boolean writtenDecision,
        String rule) {
}
