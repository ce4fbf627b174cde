package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The follow-up a {@link FollowUpScheduled} clock waited for took place: the learning meeting, a measure's review. */
@Revision("1")
public record FollowUpDone(ComplaintId complaintId, String tenantId, Instant doneAt, LocalDate doneOn, String step) {
}
