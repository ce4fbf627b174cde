package org.complaintsplatform.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stage of one complaint: when it started, the RESPONSE due date the events carried, the response and
 * its outcome, and the complainant's request to reach this stage.
 *
 * @param outcome         {@link ResponseOutcome} name of the response as a whole
 * @param requestInTime   whether the request to reach this stage came within its window (null: no request seen)
 */
public record StageFact(
        UUID complaintId,
        int stage,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate responseDueOn,
        boolean extended,
        @Nullable LocalDate respondedOn,
        @Nullable String outcome,
        @Nullable LocalDate requestedOn,
        @Nullable Boolean requestInTime,
        @Nullable LocalDate lateRequestDecidedOn,
        @Nullable Boolean lateRequestAccepted) {
}
