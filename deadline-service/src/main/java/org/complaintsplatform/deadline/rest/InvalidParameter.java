package org.complaintsplatform.deadline.rest;

/** A query parameter outside its allowed values: answered 400 with the field named. */
class InvalidParameter extends RuntimeException {

    private final String field;

    InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
