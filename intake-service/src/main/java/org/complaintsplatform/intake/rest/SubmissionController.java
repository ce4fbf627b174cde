package org.complaintsplatform.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.complaintsplatform.intake.api.ComplaintReference;
import org.complaintsplatform.intake.api.FindSubmission;
import org.complaintsplatform.intake.api.FindSubmissionStatus;
import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.complaintsplatform.intake.api.SubmissionNotFound;
import org.complaintsplatform.intake.api.SubmissionResult;
import org.complaintsplatform.intake.api.SubmissionStatusNotFound;
import org.complaintsplatform.intake.api.SubmitRepresentation;
import org.complaintsplatform.intake.command.SubmitRepresentationHandler;
import org.complaintsplatform.intake.query.SubmissionQueries;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Submissions from portals. The token's organisation must be the path's (security-support answers 404
 * otherwise); an unregistered tenant is refused by {@link TenantPathInterceptor}.
 */
@Tag(name = "Submissions", description = "Representations from portals")
@RestController
@RequestMapping(path = "/api/v1/tenants/{tenantId}/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubmissionController {

    static final String STATUS_SECRET = "X-Submission-Secret";

    private final SubmitRepresentationHandler submit;
    private final SubmissionQueries queries;
    private final SubmissionRequestValidator validator;
    private final PersonalDataAccessLog accessLog;

    SubmissionController(SubmitRepresentationHandler submit, SubmissionQueries queries,
                         SubmissionRequestValidator validator, PersonalDataAccessLog accessLog) {
        this.submit = submit;
        this.queries = queries;
        this.validator = validator;
        this.accessLog = accessLog;
    }

    /** 202: the submission is stored and will reach workflow-service; a retry with the same key gets the same answer. */
    @Operation(summary = "Submit a representation",
            description = "Roles: portal, caseworker, manager. Stores, numbers and publishes the representation; answers "
                    + "its receipt with triage suggestions and the status secret, which intake shows only here: with the "
                    + "reference it reads the status later (GET .../submissions/status). Keep it like a password.")
    @ApiResponse(responseCode = "202", description = "Accepted (or the first answer, for a retry with the same key and body, "
            + "with the same status secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubmissionAccepted.class),
                    examples = @ExampleObject(name = "out of time, statutory", value = OpenApiExamples.ACCEPTED)))
    @ApiResponse(responseCode = "400", description = "Bad input; every problem listed in errors",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "missing fields", value = OpenApiExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "404", description = "Tenant not registered", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "Body over complaints.intake.max-request-size", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body, or a feedback type the tenant's profile does not list",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionAccepted> submit(@Parameter(example = "cambridgeshire") @PathVariable String tenantId,
                                              @Parameter(description = "1 to 200 characters, chosen by the client; scoped to the tenant",
                                                      example = "5b0f7c2e-portal-form-1")
                                              @RequestHeader(SubmissionRequestValidator.IDEMPOTENCY_KEY) String idempotencyKey,
                                              @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                                                      schema = @Schema(implementation = SubmissionRequest.class),
                                                      examples = {
                                                              @ExampleObject(name = "parent, statutory", value = OpenApiExamples.PARENT_COMPLAINT),
                                                              @ExampleObject(name = "anonymous comment", value = OpenApiExamples.ANONYMOUS_COMMENT)}))
                                              @RequestBody SubmissionRequest request) {
        validator.check(request, idempotencyKey);
        SubmissionResult result = submit.handle(
                new SubmitRepresentation(tenantId, idempotencyKey, request.toRepresentation()));
        return ResponseEntity.accepted().location(location(tenantId, result.receipt().complaintId()))
                .body(SubmissionAccepted.of(result));
    }

    @Operation(summary = "The receipt of a submission", description = "Roles: portal, caseworker, manager, auditor. "
            + "Only within its own tenant; no names or contact details, but the triage flags describe the people "
            + "concerned, so each read is written to the personal-data audit log. Never the status secret. Once the "
            + "complaint's personal data are erased after the retention period, the receipt has no triage, says when "
            + "they were erased and its reads are not logged.")
    @Parameter(in = ParameterIn.HEADER, name = PersonalDataAccessLog.REASON_HEADER, example = "responding to stage 1",
            description = "Why the caller reads it, for the audit log (\"not stated\" without it)")
    @ApiResponse(responseCode = "200", description = "The receipt, as first answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubmissionReceipt.class),
                    examples = {@ExampleObject(name = "out of time, statutory", value = OpenApiExamples.RECEIPT),
                            @ExampleObject(name = "personal data erased", value = OpenApiExamples.ERASED_RECEIPT)}))
    @ApiResponse(responseCode = "404", description = "Unknown tenant, unknown id or another tenant's",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/{complaintId}")
    SubmissionReceipt find(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        SubmissionReceipt receipt = queries.handle(new FindSubmission(tenantId, complaintId))
                .orElseThrow(() -> new SubmissionNotFound(tenantId, complaintId));
        recordRead(tenantId, receipt, "submission-receipt");
        return receipt;
    }

    @Operation(summary = "The status of a submission, by reference and status secret",
            description = "Role: portal. For the person who submitted, through their organisation's portal: the reference "
                    + "and the status secret from the 202 answer the receipt. An unknown reference, another "
                    + "organisation's, a wrong or a missing secret all get the same 404, so the answer reveals "
                    + "nothing about which references exist. Each answered read is written to the audit log.")
    @ApiResponse(responseCode = "200", description = "The receipt, as first answered (without the secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubmissionReceipt.class),
                    examples = @ExampleObject(name = "out of time, statutory", value = OpenApiExamples.RECEIPT)))
    @ApiResponse(responseCode = "400", description = "reference missing or not of the form CAM-2026-000123",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No submission has this reference and secret",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown, or wrong secret", value = OpenApiExamples.STATUS_NOT_FOUND)))
    @GetMapping("/status")
    SubmissionReceipt status(@Parameter(example = "cambridgeshire") @PathVariable String tenantId,
                             @Parameter(description = "The reference from the 202", example = "CAM-2026-000001")
                             @RequestParam(required = false) @Nullable String reference,
                             @Parameter(description = "The statusSecret from the 202", example = OpenApiExamples.STATUS_SECRET)
                             @RequestHeader(name = STATUS_SECRET, required = false) @Nullable String statusSecret) {
        if (reference == null || !ComplaintReference.isWellFormed(reference)) {
            throw new InvalidRequest(List.of(new FieldProblem("reference", "must be a reference such as CAM-2026-000123")));
        }
        SubmissionReceipt receipt = queries.handle(new FindSubmissionStatus(tenantId, new ComplaintReference(reference),
                statusSecret)).orElseThrow(SubmissionStatusNotFound::new);
        recordRead(tenantId, receipt, "submission-status");
        return receipt;
    }

    /** An erased submission's receipt describes no one any more: reading it is not a read of personal data. */
    private void recordRead(String tenantId, SubmissionReceipt receipt, String resource) {
        if (receipt.personalDataErasedAt() == null) {
            accessLog.record(tenantId, receipt.complaintId(), resource);
        }
    }

    private static URI location(String tenantId, UUID complaintId) {
        return UriComponentsBuilder.fromPath("/api/v1/tenants/{tenantId}/submissions/{complaintId}")
                .buildAndExpand(tenantId, complaintId)
                .toUri();
    }
}
