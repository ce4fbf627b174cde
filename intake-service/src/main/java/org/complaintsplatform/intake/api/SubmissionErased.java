package org.complaintsplatform.intake.api;

import java.time.Instant;
import java.util.UUID;

/** The submission's personal data were erased after the retention period: its files are gone for good. */
public class SubmissionErased extends RuntimeException {

    private final Instant erasedAt;

    public SubmissionErased(UUID complaintId, Instant erasedAt) {
        super("the personal data of submission " + complaintId + " were erased after the retention period");
        this.erasedAt = erasedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
