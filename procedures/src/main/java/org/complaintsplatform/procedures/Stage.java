package org.complaintsplatform.procedures;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a route.
 *
 * @param name          the organisation's own name for the stage
 * @param request       the window for requesting this stage after the previous one; null for Stage 1
 * @param deadlines     the stage's timescales by step
 * @param respondent    who sends the stage's response
 * @param investigation who investigates, for an investigation stage
 * @param panel         who sits, for a review-panel stage
 */
public record Stage(
        int number,
        String name,
        @Nullable RequestWindow request,
        Map<Step, Deadline> deadlines,
        String respondent,
        @Nullable Investigation investigation,
        @Nullable Panel panel) {

    public Stage {
        Objects.requireNonNull(name, "name");
        deadlines = Map.copyOf(deadlines);
        Objects.requireNonNull(respondent, "respondent");
    }

    public Optional<Deadline> deadline(Step step) {
        return Optional.ofNullable(deadlines.get(step));
    }
}
