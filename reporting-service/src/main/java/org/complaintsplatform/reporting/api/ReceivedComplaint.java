package org.complaintsplatform.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the figures need from a received complaint; enum values are kept as their contract names. */
public record ReceivedComplaint(
        String tenantId,
        UUID complaintId,
        String reference,
        String feedbackType,
        String route,
        String complainantRole,
        LocalDate receivedOn,
        @Nullable LocalDate acknowledgementDueOn) {
}
