package org.complaintsplatform.deadline.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineKind;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.jspecify.annotations.Nullable;

public record DeadlineResponse(
        UUID deadlineId,
        UUID complaintId,
        DeadlineKind kind,
        LocalDate dueOn,
        DeadlineStatus status,
        @Nullable LocalDate metOn) {

    static DeadlineResponse of(Deadline deadline) {
        return new DeadlineResponse(deadline.id(), deadline.complaintId(), deadline.kind(), deadline.dueOn(),
                deadline.status(), deadline.metOn());
    }
}
