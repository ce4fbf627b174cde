package org.complaintsplatform.deadline.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One clock of one complaint, identified by (complaintId, stage, step); {@code dueOn} is taken from the
 * event that set it, never recomputed.
 *
 * @param strictness      absent where the procedure does not say (the acknowledgement)
 * @param rule            the profile field the due date came from
 * @param workingDaysLeft while PAUSED: the working days it had left, as the suspension said
 */
public record Deadline(
        UUID id,
        String tenantId,
        UUID complaintId,
        int stage,
        String step,
        @Nullable Strictness strictness,
        String rule,
        LocalDate dueOn,
        DeadlineStatus status,
        @Nullable LocalDate metOn,
        @Nullable Integer workingDaysLeft) {

    /** The step name of the acknowledgement clock (stage 1). */
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    /** The step name of a stage's main clock, met by the stage's response. */
    public static final String RESPONSE = "RESPONSE";
    /** The step name of the last day to ask for a stage. */
    public static final String REQUEST_WINDOW = "REQUEST_WINDOW";

    /** Stage 0 holds the clocks of the whole complaint rather than of one stage (an unreasonable-behaviour measure's review). */
    public Deadline {
        if (stage < 0) {
            throw new IllegalArgumentException("stage must be 0 or more: " + stage);
        }
    }

    public Deadline withStatus(DeadlineStatus newStatus) {
        return new Deadline(id, tenantId, complaintId, stage, step, strictness, rule, dueOn, newStatus, metOn, workingDaysLeft);
    }
}
