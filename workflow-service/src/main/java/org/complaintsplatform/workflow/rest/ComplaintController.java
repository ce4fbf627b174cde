package org.complaintsplatform.workflow.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintList;
import org.complaintsplatform.workflow.api.ComplaintStatus;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.FindComplaint;
import org.complaintsplatform.workflow.api.ListComplaints;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaint queries for caseworkers. Another tenant's complaint answers 404, like an unknown one. */
@Tag(name = "Complaints", description = "A complaint's status, stage, clocks and timeline; lists per organisation")
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/complaints")
public class ComplaintController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final int MAX_PAGE = 200;

    private final QueryGateway queries;
    private final Clock clock;

    public ComplaintController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The organisation's complaints, oldest first, by status and stage, or only those with a clock overdue today
     * (London). Pages of at most {@value #MAX_PAGE}; ask for the next with {@code offset}.
     */
    @Operation(summary = "List the organisation's complaints",
            description = "Roles: caseworker, manager, auditor. Oldest first, by status, stage or overdue, in pages of at "
                    + "most 200; each with its next due date of the organisation's own clocks.")
    @GetMapping
    public ComplaintList complaints(@PathVariable String tenantId,
                                    @RequestParam(required = false) @Nullable ComplaintStatus status,
                                    @RequestParam(required = false) @Nullable Integer stage,
                                    @RequestParam(defaultValue = "false") boolean overdue,
                                    @RequestParam(defaultValue = "50") int limit,
                                    @RequestParam(defaultValue = "0") int offset) {
        if (offset < 0) {
            throw new InvalidQuery("offset must not be negative");
        }
        ListComplaints query = new ListComplaints(tenantId, status, stage, overdue, LocalDate.now(clock.withZone(LONDON)),
                Math.clamp(limit, 1, MAX_PAGE), offset);
        return queries.query(query, ResponseTypes.instanceOf(ComplaintList.class)).join();
    }

    /** The complaint with its version as {@code ETag}, to send back in {@code If-Match} with an action. */
    @Operation(summary = "A complaint: status, stage, running clocks and timeline",
            description = "Roles: caseworker, manager, auditor. Its version is the ETag to send back in If-Match.")
    @GetMapping("/{complaintId}")
    public ResponseEntity<ComplaintSummary> complaint(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        Optional<ComplaintSummary> summary = queries.query(new FindComplaint(tenantId, new ComplaintId(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintSummary.class)).join();
        ComplaintSummary found = summary.orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(found);
    }
}
