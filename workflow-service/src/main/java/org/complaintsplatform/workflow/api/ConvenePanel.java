package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

/** Convene the Stage 3 review panel with its members and, when it is set, the day it will meet. */
public record ConvenePanel(
        @TargetAggregateIdentifier ComplaintId complaintId,
        List<PanelMember> members,
        Instant convenedAt,
        @Nullable LocalDate meetingOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    /** The command without a version check: acts on the complaint as it is. */
    public ConvenePanel(ComplaintId complaintId, List<PanelMember> members, Instant convenedAt) {
        this(complaintId, members, convenedAt, null, null);
    }
}
