package org.complaintsplatform.workflow.rest;

import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 Problem Details for every error this service's API answers. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail notFound(NotFound exception) {
        return problem(HttpStatus.NOT_FOUND, "Not found", exception.getMessage());
    }

    /** The procedure does not allow this action now; {@code rule} names the rule, for portals to act on. */
    @ExceptionHandler
    ProblemDetail ruleViolated(ComplaintRuleViolation exception) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not allowed by the procedure", exception.getMessage());
        problem.setProperty("rule", exception.code().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictingAggregateVersionException exception) {
        return problem(HttpStatus.CONFLICT, "The complaint has changed",
                "Someone acted on this complaint since you read it: read it again and retry with its new ETag");
    }

    @ExceptionHandler
    ProblemDetail invalidQuery(InvalidQuery exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid query", exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidIfMatch(ETags.InvalidIfMatch exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid If-Match", exception.getMessage());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or invalid");
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        problem.setTitle(title);
        return problem;
    }
}
