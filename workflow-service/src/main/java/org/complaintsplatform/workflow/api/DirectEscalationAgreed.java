package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * It was agreed to leave Stage 1 out and take the complaint straight to Stage 2; {@link ComplaintEscalated} follows
 * with Stage 2's clocks. A case-work fact: the escalation itself is what other services see.
 *
 * @param reason why (the complaint is complex, concerns a manager, a formal investigation was asked for), sealed
 * @param rule   the profile field that allows it, e.g. {@code telford-wrekin-v1#routes[STATUTORY_CHILDREN].directToStage2}
 */
@Revision("1")
public record DirectEscalationAgreed(
        ComplaintId complaintId,
        String tenantId,
        Instant agreedAt,
        LocalDate agreedOn,
        int toStage,
        SealedText reason,
        String rule) {
}
