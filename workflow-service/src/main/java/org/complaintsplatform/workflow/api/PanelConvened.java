package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The review panel was convened with its members; {@code meetingOn} is the day it will meet, when set then. */
@Revision("1")
public record PanelConvened(
        ComplaintId complaintId,
        String tenantId,
        Instant convenedAt,
        LocalDate convenedOn,
        List<PanelMember> members,
        List<String> stepsCompleted,
        @Nullable LocalDate meetingOn) {

    /** Without the meeting date, as events stored before it was added read. */
    public PanelConvened(ComplaintId complaintId, String tenantId, Instant convenedAt, LocalDate convenedOn,
                         List<PanelMember> members, List<String> stepsCompleted) {
        this(complaintId, tenantId, convenedAt, convenedOn, members, stepsCompleted, null);
    }
}
