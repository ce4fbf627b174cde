package org.complaintsplatform.workflow.rest;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.FindComplaint;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaint queries for caseworkers. Another tenant's complaint answers 404, like an unknown one. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/complaints")
public class ComplaintController {

    private final QueryGateway queries;

    public ComplaintController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The complaint with its version as {@code ETag}, to send back in {@code If-Match} with an action. */
    @GetMapping("/{complaintId}")
    public ResponseEntity<ComplaintSummary> complaint(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        Optional<ComplaintSummary> summary = queries.query(new FindComplaint(tenantId, new ComplaintId(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintSummary.class)).join();
        ComplaintSummary found = summary.orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(found);
    }
}
