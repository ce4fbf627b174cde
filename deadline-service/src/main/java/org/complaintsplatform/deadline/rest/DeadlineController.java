package org.complaintsplatform.deadline.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.complaintsplatform.procedures.Procedures;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class DeadlineController {

    private static final String STATUSES = Arrays.stream(DeadlineStatus.values())
            .map(status -> status.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    private final DeadlineRepository deadlines;
    private final Procedures procedures;

    DeadlineController(DeadlineRepository deadlines, Procedures procedures) {
        this.deadlines = deadlines;
        this.procedures = procedures;
    }

    @GetMapping("/complaints/{complaintId}/deadlines")
    List<DeadlineResponse> ofComplaint(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        requireTenant(tenantId);
        return deadlines.findByComplaint(tenantId, complaintId).stream().map(DeadlineResponse::of).toList();
    }

    /** @param status open, met or missed; all deadlines without it */
    @GetMapping("/deadlines")
    List<DeadlineResponse> ofTenant(@PathVariable String tenantId, @RequestParam(required = false) @Nullable String status) {
        requireTenant(tenantId);
        return deadlines.findByTenant(tenantId, status == null ? null : status(status)).stream()
                .map(DeadlineResponse::of)
                .toList();
    }

    private void requireTenant(String tenantId) {
        if (procedures.tenant(tenantId).isEmpty()) {
            throw new UnknownTenant(tenantId);
        }
    }

    private static DeadlineStatus status(String value) {
        return Arrays.stream(DeadlineStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameter("status", "must be one of " + STATUSES));
    }
}
