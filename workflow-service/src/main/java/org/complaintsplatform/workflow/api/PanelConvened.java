package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The review panel was convened with its members. */
@Revision("1")
public record PanelConvened(
        ComplaintId complaintId,
        String tenantId,
        Instant convenedAt,
        LocalDate convenedOn,
        List<PanelMember> members,
        List<String> stepsCompleted) {
}
