package org.complaintsplatform.deadline.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.command.DeadlineTimer;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class DeadlineController {

    private static final String FILTERS = "due-soon, overdue, open, paused, met, missed, cancelled";
    static final int MAX_PAGE = 200;

    private final DeadlineRepository deadlines;
    private final Procedures procedures;
    private final DeadlineTimer timer;

    DeadlineController(DeadlineRepository deadlines, Procedures procedures, DeadlineTimer timer) {
        this.deadlines = deadlines;
        this.procedures = procedures;
        this.timer = timer;
    }

    @GetMapping("/complaints/{complaintId}/deadlines")
    List<DeadlineResponse> ofComplaint(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        WorkingDayCalendar calendar = calendar(tenantId);
        return deadlines.findByComplaint(tenantId, complaintId).stream().map(d -> response(d, calendar)).toList();
    }

    /**
     * @param status due-soon (open, due from today to the lead time in working days), overdue (open or
     *               missed, due before today), or a status; every deadline without it
     * @param limit  at most {@value #MAX_PAGE} a page (a larger one is cut to it)
     */
    @GetMapping("/deadlines")
    DeadlineList ofTenant(@PathVariable String tenantId, @RequestParam(required = false) @Nullable String status,
                          @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        WorkingDayCalendar calendar = calendar(tenantId);
        if (offset < 0) {
            throw new InvalidParameter("offset", "must not be negative");
        }
        int page = Math.clamp(limit, 1, MAX_PAGE);
        LocalDate today = calendar.today();
        List<Deadline> found = switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "" -> deadlines.findByTenant(tenantId, Set.of(), null, null, page, offset);
            case "due-soon" -> deadlines.findByTenant(tenantId, Set.of(DeadlineStatus.OPEN), today,
                    calendar.addWorkingDays(today, timer.leadWorkingDays()), page, offset);
            case "overdue" -> deadlines.findByTenant(tenantId, Set.of(DeadlineStatus.OPEN, DeadlineStatus.MISSED), null,
                    today.minusDays(1), page, offset);
            default -> deadlines.findByTenant(tenantId, Set.of(status(status)), null, null, page, offset);
        };
        return new DeadlineList(found.stream().map(d -> response(d, calendar)).toList(), page, offset);
    }

    private static DeadlineResponse response(Deadline deadline, WorkingDayCalendar calendar) {
        Integer left = switch (deadline.status()) {
            case OPEN -> calendar.workingDaysBetween(calendar.today(), deadline.dueOn());
            case PAUSED -> deadline.workingDaysLeft();
            default -> null;
        };
        return DeadlineResponse.of(deadline, left);
    }

    private WorkingDayCalendar calendar(String tenantId) {
        Tenant tenant = procedures.tenant(tenantId).orElseThrow(() -> new UnknownTenant(tenantId));
        return procedures.calendar(tenant);
    }

    private static DeadlineStatus status(String value) {
        for (DeadlineStatus candidate : DeadlineStatus.values()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new InvalidParameter("status", "must be one of " + FILTERS);
    }
}
