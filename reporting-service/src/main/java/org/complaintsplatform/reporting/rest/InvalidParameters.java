package org.complaintsplatform.reporting.rest;

import java.util.List;

/** Query parameters missing or out of range: answered 400 with each field named. */
class InvalidParameters extends RuntimeException {

    record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    InvalidParameters(List<FieldError> errors) {
        super("Invalid query parameters");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
