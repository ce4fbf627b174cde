package org.complaintsplatform.intake.rest;

import java.net.URI;
import java.util.UUID;

import org.complaintsplatform.intake.api.FindSubmission;
import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.complaintsplatform.intake.api.SubmissionResult;
import org.complaintsplatform.intake.api.SubmitRepresentation;
import org.complaintsplatform.intake.command.SubmitRepresentationHandler;
import org.complaintsplatform.intake.query.SubmissionQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Submissions from portals. The tenant in the path is checked by {@link TenantPathInterceptor}. */
@RestController
@RequestMapping(path = "/api/v1/tenants/{tenantId}/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubmissionController {

    private final SubmitRepresentationHandler submit;
    private final SubmissionQueries queries;
    private final SubmissionRequestValidator validator;

    SubmissionController(SubmitRepresentationHandler submit, SubmissionQueries queries,
                         SubmissionRequestValidator validator) {
        this.submit = submit;
        this.queries = queries;
        this.validator = validator;
    }

    /** 202: the submission is stored and will reach workflow-service; a retry with the same key gets the same answer. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> submit(@PathVariable String tenantId,
                                             @RequestHeader(SubmissionRequestValidator.IDEMPOTENCY_KEY) String idempotencyKey,
                                             @RequestBody SubmissionRequest request) {
        validator.check(request, idempotencyKey);
        SubmissionResult result = submit.handle(
                new SubmitRepresentation(tenantId, idempotencyKey, request.toRepresentation()));
        SubmissionReceipt receipt = result.receipt();
        return ResponseEntity.accepted().location(location(tenantId, receipt.complaintId())).body(receipt);
    }

    @GetMapping("/{complaintId}")
    SubmissionReceipt find(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        return queries.handle(new FindSubmission(tenantId, complaintId))
                .orElseThrow(() -> new SubmissionNotFound(tenantId, complaintId));
    }

    private static URI location(String tenantId, UUID complaintId) {
        return UriComponentsBuilder.fromPath("/api/v1/tenants/{tenantId}/submissions/{complaintId}")
                .buildAndExpand(tenantId, complaintId)
                .toUri();
    }
}
