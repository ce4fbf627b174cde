package org.complaintsplatform.intake.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.complaintsplatform.intake.api.AddAttachment;
import org.complaintsplatform.intake.api.AttachmentReceipt;
import org.complaintsplatform.intake.api.SubmissionErased;
import org.complaintsplatform.intake.api.SubmissionNotFound;
import org.complaintsplatform.intake.command.AddAttachmentHandler;
import org.complaintsplatform.intake.command.Attachments;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** Files attached to a submission: multipart upload, stored in intake's database, never put on a topic. */
@Tag(name = "Attachments", description = "Files attached to a submission")
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments")
class AttachmentController {

    private static final int MAX_FILENAME = 255;

    private final AddAttachmentHandler add;
    private final Attachments attachments;
    private final PersonalDataAccessLog accessLog;

    AttachmentController(AddAttachmentHandler add, Attachments attachments, PersonalDataAccessLog accessLog) {
        this.add = add;
        this.attachments = attachments;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Attach a file", description = "Roles: portal, caseworker, manager. Part `file`; PDF, JPEG, PNG "
            + "or plain text by default, checked against the file's first bytes; at most "
            + "complaints.intake.attachments.max-size and max-per-submission.")
    @ApiResponse(responseCode = "201", description = "Stored (or the first answer, for a retry with the same key and file)")
    @ApiResponse(responseCode = "400", description = "No file, an empty file or a bad Idempotency-Key", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "Unknown tenant or submission", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "410", description = "The submission's personal data were erased after the retention period", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "415", description = "Type not allowed, or content not of its type", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "Too many attachments, or the key reused with another file", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AttachmentReceipt> attach(@PathVariable String tenantId, @PathVariable UUID complaintId,
                                             @RequestHeader(SubmissionRequestValidator.IDEMPOTENCY_KEY) String idempotencyKey,
                                             @RequestPart("file") MultipartFile file) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidRequest(List.of(new FieldProblem(SubmissionRequestValidator.IDEMPOTENCY_KEY,
                    "must be 1 to 200 characters, not blank")));
        }
        AttachmentReceipt receipt = add.handle(new AddAttachment(tenantId, complaintId, idempotencyKey,
                filename(file.getOriginalFilename()), file.getContentType() == null ? "" : file.getContentType(), bytes(file)));
        URI location = UriComponentsBuilder
                .fromPath("/api/v1/tenants/{tenantId}/submissions/{complaintId}/attachments/{attachmentId}")
                .buildAndExpand(tenantId, complaintId, receipt.attachmentId()).toUri();
        return ResponseEntity.created(location).body(receipt);
    }

    @Operation(summary = "Download an attachment", description = "Roles: caseworker, manager, auditor. Only within its "
            + "tenant and submission. The file is personal data: each download is written to the audit log (who, "
            + "when, which file, why).")
    @Parameter(in = ParameterIn.HEADER, name = PersonalDataAccessLog.REASON_HEADER, example = "responding to stage 1",
            description = "Why the caller reads it, for the audit log (\"not stated\" without it)")
    @ApiResponse(responseCode = "200", description = "The file, with its type and Content-Disposition: attachment")
    @ApiResponse(responseCode = "404", description = "Unknown tenant, submission or attachment, or another tenant's",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "410", description = "Erased with the submission's personal data after the retention period "
            + "(not written to the audit log: nothing personal is read)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String tenantId, @PathVariable UUID complaintId,
                                    @PathVariable UUID attachmentId) {
        Attachments.AttachmentFile file = switch (attachments.find(tenantId, complaintId, attachmentId)
                .orElseThrow(() -> new SubmissionNotFound(tenantId, complaintId))) {
            case Attachments.AttachmentFile found -> found;
            case Attachments.ErasedFile erased -> throw new SubmissionErased(complaintId, erased.erasedAt());
        };
        accessLog.record(tenantId, complaintId, "attachment/" + attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.receipt().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.receipt().filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The name without any client path, control characters or excess length; never blank, never {@code ..}. */
    static String filename(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
        if (name.length() > MAX_FILENAME) {
            name = name.substring(name.length() - MAX_FILENAME);
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "attachment" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
