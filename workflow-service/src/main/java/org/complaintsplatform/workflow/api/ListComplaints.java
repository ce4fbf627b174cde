package org.complaintsplatform.workflow.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A page of a tenant's complaints, oldest first, for a caseworker's list.
 *
 * @param overdueOnly only complaints with a clock of the organisation's due before {@code today}
 * @param today       the London date that decides what is overdue
 */
public record ListComplaints(String tenantId, @Nullable ComplaintStatus status, @Nullable Integer stage,
                             boolean overdueOnly, LocalDate today, int limit, int offset) {
}
