package org.complaintsplatform.intake.api;

import java.util.UUID;

/** No submission with that id in the tenant; another tenant's is answered the same way. */
public class SubmissionNotFound extends RuntimeException {

    public SubmissionNotFound(String tenantId, UUID complaintId) {
        super("no submission " + complaintId + " for tenant '" + tenantId + "'");
    }
}
