package org.complaintsplatform.intake.rest;

/**
 * One entry of a problem's {@code errors} array.
 *
 * @param field a JSON path into the body ({@code complainant.email}) or a header name ({@code Idempotency-Key})
 */
public record FieldProblem(String field, String message) {
}
