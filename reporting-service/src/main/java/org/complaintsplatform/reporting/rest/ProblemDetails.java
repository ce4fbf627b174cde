package org.complaintsplatform.reporting.rest;

import org.complaintsplatform.reporting.kafka.RebuildRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 answers for this service's own errors; Spring's own (type mismatches...) come from the base class. */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail unknownTenant(UnknownTenant e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown tenant");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rebuildRefused(RebuildRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Rebuild refused");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidParameters(InvalidParameters e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
