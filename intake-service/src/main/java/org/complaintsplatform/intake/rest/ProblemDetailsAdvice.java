package org.complaintsplatform.intake.rest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.complaintsplatform.intake.api.AttachmentRejected;
import org.complaintsplatform.intake.api.FeedbackTypeNotAccepted;
import org.complaintsplatform.intake.api.IdempotencyKeyReused;
import org.complaintsplatform.intake.api.SubmissionErased;
import org.complaintsplatform.intake.api.SubmissionNotFound;
import org.complaintsplatform.intake.api.SubmissionStatusNotFound;
import org.complaintsplatform.intake.api.UnknownTenant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details; bad input lists its problems in {@code errors} as
 * {@code {field, message}} and is never answered 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String ERRORS = "errors";
    private static final String BODY = "body";

    @ExceptionHandler(UnknownTenant.class)
    ProblemDetail unknownTenant(UnknownTenant e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown tenant", e.getMessage());
    }

    @ExceptionHandler(SubmissionNotFound.class)
    ProblemDetail submissionNotFound(SubmissionNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Submission not found", e.getMessage());
    }

    /** 410: the resource existed and is gone for good, unlike an unknown one (404). */
    @ExceptionHandler(SubmissionErased.class)
    ProblemDetail submissionErased(SubmissionErased e) {
        ProblemDetail problem = problem(HttpStatus.GONE, "Personal data erased", e.getMessage());
        problem.setProperty("erasedAt", e.erasedAt());
        return problem;
    }

    /** The same body whatever was wrong: it names neither the reference nor the reason. */
    @ExceptionHandler(SubmissionStatusNotFound.class)
    ProblemDetail submissionStatusNotFound(SubmissionStatusNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Submission not found", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused", e.getMessage());
    }

    /** 422: the request is well formed, but the tenant's procedure does not take this kind of representation. */
    @ExceptionHandler(FeedbackTypeNotAccepted.class)
    ProblemDetail feedbackTypeNotAccepted(FeedbackTypeNotAccepted e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Feedback type not accepted", e.getMessage());
        problem.setProperty("tenantId", e.tenantId());
        problem.setProperty("feedbackType", e.feedbackType().name());
        problem.setProperty(ERRORS, List.of(new FieldProblem("feedbackType",
                "is not accepted by tenant '" + e.tenantId() + "'")));
        return problem;
    }

    @ExceptionHandler(AttachmentRejected.class)
    ProblemDetail attachmentRejected(AttachmentRejected e) {
        HttpStatus status = switch (e.rule()) {
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY, KEY_REUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case EMPTY -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = problem(status, "Attachment not accepted", e.getMessage());
        problem.setProperty("rule", e.rule().name());
        problem.setProperty(ERRORS, List.of(new FieldProblem("file", String.valueOf(e.getMessage()))));
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getRequestPartName(), "is required"))));
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest e) {
        return invalid(e.problems());
    }

    /** Anything unforeseen: logged with its stack, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "The request could not be completed.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOfType(e, RequestSizeLimitFilter.RequestTooLarge.class) instanceof Throwable tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content Too Large", tooLarge.getMessage() + "."));
        }
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(e))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(missing.getHeaderName(), "is required"))));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        String expected = e.getRequiredType() == null ? "another type" : "a " + e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, "must be " + expected))));
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            return new FieldProblem(BODY, at == null ? "is not well-formed JSON"
                    : "is not well-formed JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldProblem(path(mismatch), expectation(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException) {
            return new FieldProblem(BODY, "must be a JSON object with the documented fields");
        }
        return new FieldProblem(BODY, "is required and must be JSON");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String expectation(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date as yyyy-MM-dd";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "must be a JSON object";
    }

    private static @Nullable Throwable causeOfType(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request has " + problems.size() + " problem(s); see errors.");
        problem.setProperty(ERRORS, problems);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
