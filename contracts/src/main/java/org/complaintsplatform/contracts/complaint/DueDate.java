package org.complaintsplatform.contracts.complaint;

import java.time.LocalDate;

/**
 * A clock of the procedure, computed once by workflow-service: deadline-service schedules it and never
 * recomputes it; letters quote it.
 *
 * @param step the profile's step (e.g. {@code RESPONSE}, {@code INVESTIGATOR_APPOINTMENT}), or
 *             {@code REQUEST_WINDOW}: the last day to ask for this stage
 * @param rule the profile field the timescale comes from, e.g.
 *             {@code cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE}
 */
public record DueDate(int stage, String step, LocalDate dueOn, Strictness strictness, String rule) {
}
