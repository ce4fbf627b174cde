package org.complaintsplatform.intake.rest;

import java.util.UUID;

/** No submission with that id in the path's tenant. */
class SubmissionNotFound extends RuntimeException {

    SubmissionNotFound(String tenantId, UUID complaintId) {
        super("no submission " + complaintId + " for tenant '" + tenantId + "'");
    }
}
