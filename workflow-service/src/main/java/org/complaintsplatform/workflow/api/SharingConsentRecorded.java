package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

/** Signed consent is recorded: the complainant may now be told the detail. */
public record SharingConsentRecorded(ComplaintId complaintId, String tenantId, ConsentGiver givenBy,
                                     Instant recordedAt, LocalDate recordedOn) {
}
