package org.complaintsplatform.deadline.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.api.Strictness;
import org.jspecify.annotations.Nullable;

/**
 * @param workingDaysLeft OPEN: the tenant's working days from today (by the service clock) to the due
 *                        date, negative once it is over; PAUSED: what the suspension left it; otherwise null
 * @param strictness      null where the procedure does not say (the acknowledgement)
 * @param rule            the profile field the due date came from
 */
public record DeadlineResponse(
        UUID deadlineId,
        UUID complaintId,
        int stage,
        String step,
        LocalDate dueOn,
        DeadlineStatus status,
        @Nullable LocalDate metOn,
        @Nullable Integer workingDaysLeft,
        @Nullable Strictness strictness,
        String rule) {

    static DeadlineResponse of(Deadline deadline, @Nullable Integer workingDaysLeft) {
        return new DeadlineResponse(deadline.id(), deadline.complaintId(), deadline.stage(), deadline.step(), deadline.dueOn(),
                deadline.status(), deadline.metOn(), workingDaysLeft, deadline.strictness(), deadline.rule());
    }
}
