package org.complaintsplatform.reporting.api;

import org.jspecify.annotations.Nullable;

/**
 * The timeliness of one step of a stage (investigation report, panel held, panel findings, ...), counted in the
 * period the step was met. The stage's response (the adjudication at Stage 2, the response after the panel at
 * Stage 3) is in {@link StageFigures}.
 *
 * @param stage                        null for steps met without a due date reaching this service
 * @param metWithinTimescale           met on or before the due date, never extended
 * @param metWithinExtendedTimescale   met on or before the due date of an extension
 * @param metLate                      met after the due date (extended or not)
 * @param metWithoutTimescale          no due date for the step reached this service
 * @param averageWorkingDaysLate       working days from the due date to the day met, over the late ones, one decimal
 */
public record StepFigures(
        @Nullable Integer stage,
        String step,
        long met,
        long metWithinTimescale,
        long metWithinExtendedTimescale,
        long metLate,
        long metWithoutTimescale,
        @Nullable Double averageWorkingDaysLate) {
}
