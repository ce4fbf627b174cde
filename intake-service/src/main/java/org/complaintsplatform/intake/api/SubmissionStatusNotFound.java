package org.complaintsplatform.intake.api;

/**
 * No submission of the tenant has that reference and secret. One answer for an unknown reference, another
 * tenant's, a wrong or a missing secret, so the answer tells nothing about which references exist.
 */
public class SubmissionStatusNotFound extends RuntimeException {

    public SubmissionStatusNotFound() {
        super("No submission has this reference and status secret.");
    }
}
