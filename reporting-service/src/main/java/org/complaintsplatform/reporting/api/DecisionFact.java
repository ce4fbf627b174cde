package org.complaintsplatform.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One decision about a complaint outside its stage responses; which fields are set depends on the kind. Enum
 * values are kept as their contract names.
 *
 * @param stage            exclusion: the stage the complaint was at; referral: the stage it had reached
 * @param accepted         time limit: the late complaint was accepted (false: refused)
 * @param wholeComplaint   exclusion: the whole complaint (true) or a part
 * @param ground           exclusion: the ground the profile lists
 * @param body             referral and outcome: the body the complaint went to
 * @param procedureEnded   referral: the organisation's procedure had ended by then
 * @param ombudsmanOutcome outcome: what the body decided
 */
public record DecisionFact(
        UUID complaintId,
        DecisionKind kind,
        LocalDate decidedOn,
        @Nullable Integer stage,
        @Nullable Boolean accepted,
        @Nullable Boolean wholeComplaint,
        @Nullable String ground,
        @Nullable String body,
        @Nullable Boolean procedureEnded,
        @Nullable String ombudsmanOutcome) {

    /** A refusal under the time limit and the exclusion of the whole complaint end it without a response (ADR 0018). */
    public boolean endsComplaint() {
        return kind == DecisionKind.TIME_LIMIT && Boolean.FALSE.equals(accepted)
                || kind == DecisionKind.EXCLUSION && Boolean.TRUE.equals(wholeComplaint);
    }
}
