package org.complaintsplatform.workflow.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clock of the procedure: which step of which stage is due when, and the profile field it comes from.
 *
 * @param step the profile's step name (e.g. {@code RESPONSE}, {@code INVESTIGATOR_APPOINTMENT}), or
 *             {@code REQUEST_WINDOW} for the last day to ask for the stage
 * @param rule the profile field the timescale was read from, e.g.
 *             {@code cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE}
 */
public record DueDate(int stage, String step, LocalDate dueOn, Strictness strictness, String rule) {

    public static final String REQUEST_WINDOW = "REQUEST_WINDOW";
    /** The learning meeting after the response of a stage (Telford &amp; Wrekin). */
    public static final String LEARNING_MEETING = "LEARNING_MEETING";

    /** The step of a measure's review clock: one per measure. */
    public static String measureReview(UUID measureId) {
        return "MEASURE_REVIEW:" + measureId;
    }

    /** Identifies the clock across events: a later due date for the same key replaces the earlier one. */
    public String key() {
        return stage + ":" + step;
    }
}
