package org.complaintsplatform.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One clock of a complaint other than a stage's RESPONSE and the window to ask for the next stage: the due date
 * the events carried last and the day the step's event met it.
 *
 * @param step     the profile's step name, e.g. {@code INVESTIGATION_REPORT}, {@code PANEL_HELD}
 * @param stage    the stage of the clock; null where the step was met but no due date reached this service
 * @param extended an extension named this step
 */
public record StepFact(
        UUID complaintId,
        String step,
        @Nullable Integer stage,
        @Nullable LocalDate dueOn,
        boolean extended,
        @Nullable LocalDate metOn) {
}
