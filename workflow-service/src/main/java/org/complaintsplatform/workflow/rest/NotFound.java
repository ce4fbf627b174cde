package org.complaintsplatform.workflow.rest;

/** Answers 404: the resource does not exist for this tenant. */
class NotFound extends RuntimeException {

    NotFound(String what) {
        super("No " + what);
    }
}
