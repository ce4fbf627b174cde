package org.complaintsplatform.workflow.rest;

/** A query parameter out of its range: 400. */
class InvalidQuery extends RuntimeException {

    InvalidQuery(String message) {
        super(message);
    }
}
